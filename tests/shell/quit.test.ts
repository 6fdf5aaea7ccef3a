import { execFileSync } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkshopRef } from '@common/api/library-types'
import { mustShow, useShell, type ShellApp } from './shell-harness'
import type { StandInState } from './protocol'

const shell = useShell()
const builtin: WorkshopRef = { source: 'builtin', id: 'mentoring-guide' }

async function startSession(app: ShellApp, state: StandInState): Promise<void> {
  const console = mustShow(state, 'console')
  expect(await app.call(console, 'startRun', { ref: builtin, replace: true })).toMatchObject({
    ok: true,
  })
  expect(await app.call(console, 'runCommand', { command: { type: 'start' } })).toMatchObject({
    ok: true,
  })
}

describe('closing during a session', () => {
  it('asks first; keeping the session open keeps both windows, closing quits and keeps it resumable', async () => {
    const app = shell.launch()
    const state = await app.started()
    await startSession(app, state)
    await app.request({ op: 'closeWindow', window: mustShow(state, 'console').id })
    const asked = await app.waitFor('the question', (s) => s.dialogs.length === 1)
    expect(asked.dialogs[0]?.message).toMatch(/A session is running/)
    expect(asked.dialogs[0]?.buttons).toEqual(['Keep the session open', 'Close Facilitator'])
    const kept = await app.started()
    expect(kept.appEvents).not.toContain('quit')

    await app.request({ op: 'answerDialogs', responses: [1] })
    await app.request({ op: 'quit' })
    const { code, state: final } = await app.exitsWithin(15_000)
    expect(code).toBe(0)
    expect(final?.dialogs).toHaveLength(2)
    const restore = JSON.parse(
      await readFile(join(shell.userData(), 'run-restore.json'), 'utf8'),
    ) as { state: { status: string } }
    expect(restore.state.status).toBe('running')
  })
})

describe('quitting', () => {
  it('quits exactly once when asked twice, after the writes are flushed', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    void app.call(console, 'updatePreferences', { soundVolume: 0.25 })
    await app.request({ op: 'quit' })
    await app.request({ op: 'quit' }).catch(() => undefined)
    const { code, state: final } = await app.exitsWithin(15_000)
    expect(code).toBe(0)
    expect(final?.appEvents.filter((e) => e === 'before-quit').length).toBeGreaterThanOrEqual(2)
    expect(final?.appEvents.filter((e) => e === 'will-quit')).toHaveLength(1)
    expect(final?.appEvents.filter((e) => e === 'quit')).toHaveLength(1)
    expect(final?.uncaughtErrors).toEqual([])
    const settings = JSON.parse(
      await readFile(join(shell.userData(), 'settings.json'), 'utf8'),
    ) as { soundVolume: number }
    expect(settings.soundVolume).toBe(0.25)
  })

  it('gives up on a write that never finishes after a bounded wait, and logs which file', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    await app.call(console, 'updatePreferences', { soundVolume: 0.5 })
    // A FIFO in place of the settings file: keeping its backup blocks, as a dead network drive does.
    const settings = join(shell.userData(), 'settings.json')
    await rm(settings)
    execFileSync('mkfifo', [settings])
    void app.call(console, 'updatePreferences', { soundVolume: 0.75 }).catch(() => undefined)
    await app.request({ op: 'quit' })
    const { code, state: final } = await app.exitsWithin(15_000)
    expect(code).toBe(0)
    expect(final?.appEvents.filter((e) => e === 'quit')).toHaveLength(1)
    const log = await readFile(join(final?.logs ?? '', 'main.log'), 'utf8')
    expect(log).toMatch(/without every write finishing: .*settings\.json/)
  })
})
