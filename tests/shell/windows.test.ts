import type { DisplaySetup } from '@common/api/contract'
import { laptop, mustShow, projector, useShell, windowShowing } from './shell-harness'

const shell = useShell()

describe('closing the console', () => {
  it('quits the app, windows and all, on Windows and Linux', async () => {
    const app = shell.launch()
    const state = await app.started()
    await app.request({ op: 'closeWindow', window: mustShow(state, 'console').id })
    const { code, state: final } = await app.exitsWithin(15_000)
    expect(code).toBe(0)
    expect(final?.windows.every((w) => w.destroyed)).toBe(true)
    expect(final?.appEvents.filter((e) => e === 'quit')).toHaveLength(1)
    expect(final?.uncaughtErrors).toEqual([])
  })

  it('on macOS closes both windows, keeps the app, and brings them back on activate', async () => {
    const app = shell.launch({ platform: 'darwin' })
    const state = await app.started()
    await app.request({ op: 'closeWindow', window: mustShow(state, 'console').id })
    await app.waitFor('both windows closed', (s) => s.windows.every((w) => w.destroyed))
    await app.request({ op: 'activate' })
    const back = await app.started()
    expect(back.appEvents).not.toContain('quit')
    const listing = await app.call<{ ok: boolean }>(mustShow(back, 'console'), 'listLibrary')
    expect(listing.ok).toBe(true)
    expect(back.uncaughtErrors).toEqual([])
  })
})

describe('the window titles', () => {
  it('name the room display in the app language, and again when the facilitator changes it', async () => {
    const app = shell.launch({ systemLanguages: ['de-AT', 'en-US'] })
    const state = await app.started()
    expect(mustShow(state, 'console').title).toBe('Facilitator')
    expect(mustShow(state, 'room').title).toBe('Facilitator — Raumanzeige')
    const chosen = await app.call<{ ok: boolean }>(
      mustShow(state, 'console'),
      'updatePreferences',
      { appLanguage: 'fr' },
    )
    expect(chosen.ok).toBe(true)
    const renamed = await app.waitFor(
      'the room renamed in French',
      (s) => windowShowing(s, 'room')?.title === 'Facilitator — Écran de la salle',
    )
    expect(mustShow(renamed, 'console').title).toBe('Facilitator')
    expect(renamed.uncaughtErrors).toEqual([])
  })
})

describe('the room window', () => {
  it('can be closed without breaking display events, and opened again from the console', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    await app.request({ op: 'closeWindow', window: mustShow(state, 'room').id })
    await app.waitFor('the room closed', (s) => windowShowing(s, 'room') === undefined)
    for (const event of ['display-added', 'display-metrics-changed', 'display-removed']) {
      const displays = event === 'display-removed' ? [laptop] : [laptop, projector]
      await app.request({ op: 'setDisplays', displays, primaryId: 1, event })
    }
    const setup = await app.call<{ ok: boolean; value: DisplaySetup }>(console, 'listDisplays')
    expect(setup.value.roomWindowOpen).toBe(false)
    expect(await app.call(console, 'toggleRoomFullscreen')).toMatchObject({ ok: true })
    expect(await app.call(console, 'setRoomDisplay', { displayId: null })).toMatchObject({
      ok: true,
    })
    const reopened = await app.call<{ ok: boolean; value: DisplaySetup }>(console, 'showRoomWindow')
    expect(reopened.value.roomWindowOpen).toBe(true)
    const after = await app.started()
    expect(after.uncaughtErrors).toEqual([])
    expect(after.dialogs).toEqual([])
  })

  it('moves to a projector when one is plugged in, and touches fullscreen only when it must', async () => {
    const app = shell.launch()
    const state = await app.started()
    const roomId = mustShow(state, 'room').id
    const room = async () => {
      const s = await app.state()
      const found = s.windows.find((w) => w.id === roomId)
      if (found === undefined) throw new Error('room window lost')
      return found
    }
    await app.request({
      op: 'setDisplays',
      displays: [laptop, projector],
      primaryId: 1,
      event: 'display-added',
    })
    await app.waitFor('the room on the projector', (s) =>
      s.windows.some((w) => w.id === roomId && w.fullscreen),
    )
    expect((await room()).bounds).toEqual(projector.bounds)
    const before = (await room()).calls.length
    await app.request({
      op: 'setDisplays',
      displays: [laptop, projector],
      primaryId: 1,
      event: 'display-metrics-changed',
    })
    await app.state()
    expect((await room()).calls.slice(before)).toEqual([])
    await app.request({
      op: 'setDisplays',
      displays: [laptop],
      primaryId: 1,
      event: 'display-removed',
    })
    await app.waitFor('the room back beside the console', (s) =>
      s.windows.some((w) => w.id === roomId && !w.fullscreen),
    )
    expect((await room()).calls.slice(before)).toEqual(['setFullScreen:false', 'setBounds'])
    expect((await room()).bounds.x).toBeLessThan(laptop.bounds.width)
  })
})

describe('a second launch', () => {
  it('quits at once when another instance runs, opening nothing', async () => {
    const app = shell.launch({ firstInstance: false })
    const { code, state } = await app.exitsWithin(15_000)
    expect(code).toBe(0)
    expect(state?.windows).toEqual([])
    expect(state?.ipcHandlers.filter((c) => c.startsWith('facilitator:'))).toEqual([])
  })

  it('brings the running console forward, opening it again when it was closed on macOS', async () => {
    const app = shell.launch({ platform: 'darwin' })
    const state = await app.started()
    await app.request({ op: 'secondInstance' })
    await app.request({ op: 'closeWindow', window: mustShow(state, 'console').id })
    await app.waitFor('both windows closed', (s) => s.windows.every((w) => w.destroyed))
    await app.request({ op: 'secondInstance' })
    const back = await app.started()
    expect(back.uncaughtErrors).toEqual([])
  })
})
