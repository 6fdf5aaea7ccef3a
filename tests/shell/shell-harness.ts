import { fork, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { DisplayInfo } from '@common/display/room-placement'
import { bundleForNode } from '../support/bundle-for-node'
import { repoRoot } from '../support/paths'
import { makeTempFolder } from '../support/temp-folders'
import type { Operation, Reply, StandInConfig, StandInState, WindowRecord } from './protocol'

export const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
}
export const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  internal: false,
}

/** Bundles the stand-in's process entry once per test file. */
export async function buildStandIn(): Promise<{ child: string; remove: () => Promise<void> }> {
  const folder = await makeTempFolder('stand-in')
  const child = await bundleForNode(join(repoRoot, 'tests/shell/stand-in/child.ts'), folder.path)
  return { child, remove: folder.remove }
}

/** A machine for the app: its home, documents and app-data folders, kept across restarts. */
export async function makeMachine(): Promise<{
  paths: StandInConfig['paths']
  remove: () => Promise<void>
}> {
  const root = await makeTempFolder('machine')
  const paths = {
    appData: join(root.path, 'config'),
    documents: join(root.path, 'Documents'),
    home: root.path,
    temp: join(root.path, 'tmp'),
  }
  await Promise.all(Object.values(paths).map((path) => mkdir(path, { recursive: true })))
  return { paths, remove: root.remove }
}

export type LaunchOptions = Partial<Omit<StandInConfig, 'paths'>> & {
  paths: StandInConfig['paths']
}

/**
 * The built app in its own process, on the stand-in Electron: by default launched as
 * `npm start` launches it (Electron started on the project folder), with one display.
 */
export class ShellApp {
  private nextId = 1
  private readonly pending = new Map<number, (reply: Reply) => void>()
  readonly exited: Promise<{ code: number; state: StandInState | null }>
  private lastState: StandInState | null = null

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => {
      let final: { code: number; state: StandInState } | null = null
      child.on('message', (message: Reply) => {
        if (message.kind === 'exit') final = message
        else this.pending.get(message.id)?.(message)
      })
      child.on('exit', (code) => {
        for (const settle of this.pending.values())
          settle({ kind: 'reply', id: 0, ok: false, error: 'the app exited' })
        // The exit code the app chose; a process that ended without choosing one crashed.
        resolve(final ?? { code: code ?? -1, state: null })
      })
    })
  }

  static launch(standIn: string, options: LaunchOptions): ShellApp {
    const config: StandInConfig = {
      appPath: repoRoot,
      mainScript: join(repoRoot, 'out/main/index.js'),
      platform: 'linux',
      isPackaged: false,
      displays: [laptop],
      primaryId: laptop.id,
      firstInstance: true,
      systemLanguages: ['en-US'],
      dialogResponses: [],
      ...options,
    }
    const child = fork(standIn, [], {
      env: { ...process.env, FACILITATOR_STAND_IN: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    return new ShellApp(child)
  }

  request<T>(operation: Operation): Promise<T> {
    const id = this.nextId++
    if (this.child.exitCode !== null || this.child.signalCode !== null)
      return Promise.reject(new Error(`the app has exited; cannot ${operation.op}`))
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id)
        if (reply.kind !== 'reply') return
        if (reply.ok) resolve(reply.value as T)
        else reject(new Error(reply.error))
      })
      this.child.send({ ...operation, id })
    })
  }

  async state(): Promise<StandInState> {
    this.lastState = await this.request<StandInState>({ op: 'state' })
    return this.lastState
  }

  /** Waits until the app's state satisfies `check`; fails naming what it waited for. */
  async waitFor(what: string, check: (state: StandInState) => boolean): Promise<StandInState> {
    const deadline = Date.now() + 20_000
    for (;;) {
      const state = await this.state()
      if (check(state)) return state
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}; last state:\n${JSON.stringify(state, null, 1)}`,
        )
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  /**
   * Waits for both windows to be shown, as after a normal start, and fails at once if a window's
   * page or any script or style it names failed to load: that window would be blank.
   */
  started(): Promise<StandInState> {
    return this.waitFor('the console and the room to be shown', (s) => {
      const blank = s.windows.find((w) => !w.destroyed && w.loadFailure !== null)
      if (blank !== undefined)
        throw new Error(`a window would be blank: ${String(blank.loadFailure)}`)
      const open = s.windows.filter((w) => !w.destroyed && w.visible)
      return (
        open.some((w) => w.url.endsWith('#/console')) && open.some((w) => w.url.endsWith('#/room'))
      )
    })
  }

  /** The app's exit, or a failure naming what it was still doing after `ms`. */
  async exitsWithin(ms: number): Promise<{ code: number; state: StandInState | null }> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stillRunning = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        void this.state().then(
          (state) =>
            reject(
              new Error(`still running after ${String(ms)} ms:\n${JSON.stringify(state, null, 1)}`),
            ),
          reject,
        )
      }, ms)
    })
    try {
      return await Promise.race([this.exited, stillRunning])
    } finally {
      clearTimeout(timer)
    }
  }

  call<T = unknown>(window: WindowRecord, name: string, arg: unknown = {}): Promise<T> {
    return this.request<T>({ op: 'call', window: window.id, name, arg })
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGKILL')
    await this.exited
  }
}

/** The open window showing a view (`console` or `room`), or undefined. */
export function windowShowing(
  state: StandInState,
  view: 'console' | 'room',
): WindowRecord | undefined {
  return state.windows.find((w) => !w.destroyed && w.url.endsWith(`#/${view}`))
}

export function mustShow(state: StandInState, view: 'console' | 'room'): WindowRecord {
  const window = windowShowing(state, view)
  if (window === undefined) throw new Error(`no open ${view} window`)
  return window
}

/**
 * The per-file set-up of a conformance test: the stand-in bundled once, a fresh machine for each
 * test, and every app the test launched stopped after it.
 */
export function useShell() {
  let standIn: Awaited<ReturnType<typeof buildStandIn>> | null = null
  let machine: Awaited<ReturnType<typeof makeMachine>> | null = null
  const launched: ShellApp[] = []
  beforeAll(async () => {
    standIn = await buildStandIn()
  })
  afterAll(() => standIn?.remove())
  beforeEach(async () => {
    machine = await makeMachine()
  })
  afterEach(async () => {
    await Promise.all(launched.splice(0).map((app) => app.stop()))
    await machine?.remove()
  })
  const paths = () => {
    if (machine === null) throw new Error('no machine yet')
    return machine.paths
  }
  return {
    paths,
    /** Launches the built app on this test's machine; options override the `npm start` launch. */
    launch(options: Partial<LaunchOptions> = {}): ShellApp {
      if (standIn === null) throw new Error('the stand-in is not built yet')
      const app = ShellApp.launch(standIn.child, { paths: paths(), ...options })
      launched.push(app)
      return app
    },
    /** The app's user-data folder on this machine. */
    userData: () => join(paths().appData, 'Facilitator'),
  }
}
