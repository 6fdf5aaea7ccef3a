import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { apiCallNames } from '@common/api/call-names'
import { callChannel } from '@common/api/channels'
import type { LibraryListing } from '@common/api/library-types'
import { laptop, mustShow, projector, useShell } from './shell-harness'

const shell = useShell()

describe('a normal start', () => {
  it('opens the console and the room beside it on one display, named Facilitator', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    const room = mustShow(state, 'room')
    expect(state.appName).toBe('Facilitator')
    expect(state.userData).toBe(shell.userData())
    expect(console.title).toBe('Facilitator')
    expect(room.title).toBe('Facilitator — Room display')
    expect(room.menuRemoved).toBe(true)
    expect(room.fullscreen).toBe(false)
    expect(console.bounds.x + console.bounds.width).toBeLessThanOrEqual(room.bounds.x)
    for (const window of [console, room]) {
      expect(window.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        backgroundThrottling: false,
      })
    }
    expect(state.uncaughtErrors).toEqual([])
    expect(state.dialogs).toEqual([])
  })

  it('puts the room fullscreen on the projector, entering fullscreen once, after it is shown', async () => {
    const app = shell.launch({ displays: [laptop, projector] })
    const state = await app.waitFor('the room in fullscreen', (s) =>
      s.windows.some((w) => w.url.endsWith('#/room') && w.fullscreen),
    )
    const room = mustShow(state, 'room')
    expect(room.bounds).toEqual(projector.bounds)
    expect(room.calls.filter((c) => c.startsWith('setFullScreen'))).toEqual(['setFullScreen:true'])
    expect(room.calls.indexOf('setFullScreen:true')).toBeGreaterThan(room.calls.indexOf('show'))
    const console = mustShow(state, 'console')
    expect(console.bounds.x).toBeLessThan(laptop.bounds.width)
  })

  it('binds every call of the contract, and the preload exposes exactly those and `on`', async () => {
    const app = shell.launch()
    const state = await app.started()
    const ours = state.ipcHandlers.filter((channel) => channel.startsWith('facilitator:'))
    expect(ours).toEqual(apiCallNames.map(callChannel).sort())
    for (const view of ['console', 'room'] as const) {
      expect(mustShow(state, view).exposed).toEqual({ facilitator: [...apiCallNames, 'on'].sort() })
    }
  })

  it('answers calls through the preload from the real services', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    const listing = await app.call<{ ok: boolean; value: LibraryListing }>(console, 'listLibrary')
    expect(listing.ok).toBe(true)
    expect(listing.value.workshops.map((w) => w.title)).toContain('Mentoring Both Ways')
    const refused = await app.call<{ ok: boolean; code: string }>(console, 'createWorkshop', {
      title: 42,
    })
    expect(refused).toMatchObject({ ok: false, code: 'invalid-argument' })
    const created = await app.call<{ ok: boolean }>(console, 'createWorkshop', { title: 'Pairs' })
    expect(created.ok).toBe(true)
    const library = join(shell.paths().documents, 'Facilitator Workshops')
    const file = JSON.parse(await readFile(join(library, 'pairs.workshop.json'), 'utf8')) as {
      title: string
    }
    expect(file.title).toBe('Pairs')
  })
})
