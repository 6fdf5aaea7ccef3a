import { join } from 'node:path'
import type { EventName, FacilitatorEvents } from '@common/api/contract'
import { createAppServices, type AppServices } from '../../electron/services/app-services'
import type { LanLimits } from '../../electron/services/lan/lan-limits'
import type { Clock } from '../../electron/services/run/clock'
import { FakeOs } from './fake-os'
import { resourcesDir } from './paths'
import { makeTempFolder } from './temp-folders'

export interface TestServices {
  services: AppServices
  os: FakeOs
  libraryDir: string
  userDataDir: string
  /** A folder outside the library, for files to import and exports. */
  outsideDir: string
  events: { event: EventName; payload: unknown }[]
  /** What the services logged, in order, with its level. */
  logged: { level: 'info' | 'warn' | 'error'; message: string }[]
  /** Where emitted events go besides the `events` list (the e2e pages). */
  forward: (<E extends EventName>(event: E, payload: FacilitatorEvents[E]) => void) | null
  cleanUp(): Promise<void>
}

/** The app version the test services run as, unless a test starts them as another. */
export const TEST_APP_VERSION = '0.0.0-test'

/**
 * The real app services over real temp folders, with the OS dialogs answered by the test. A test
 * that restarts the app passes the same `userDataDir` and `libraryDir` to each start; folders it
 * passes are its own to remove.
 */
export async function startTestServices(
  options: {
    clock?: Clock
    userDataDir?: string
    libraryDir?: string
    appVersion?: string
    /** The built renderer with the phone page, for tests of the room on the network. */
    phonePagesDir?: string
    /** Limits of the room's network other than the app's, to reach them with few pages. */
    lanLimits?: Partial<LanLimits>
    /** The system's languages, most preferred first, as the OS lists them (English by default). */
    systemLanguages?: readonly string[]
  } = {},
): Promise<TestServices> {
  const root = await makeTempFolder('app')
  const os = new FakeOs(join(root.path, 'trash'))
  const state: TestServices = {
    services: undefined as unknown as AppServices,
    os,
    libraryDir: options.libraryDir ?? join(root.path, 'library'),
    userDataDir: options.userDataDir ?? join(root.path, 'user-data'),
    outsideDir: join(root.path, 'outside'),
    events: [],
    logged: [],
    forward: null,
    cleanUp: async () => {
      state.services.dispose()
      await state.services.flush()
      await root.remove()
    },
  }
  const { mkdir } = await import('node:fs/promises')
  await Promise.all([
    mkdir(state.userDataDir, { recursive: true }),
    mkdir(state.outsideDir, { recursive: true }),
  ])
  state.services = await createAppServices({
    resourcesDir,
    userDataDir: state.userDataDir,
    defaultLibraryDir: state.libraryDir,
    appVersion: options.appVersion ?? TEST_APP_VERSION,
    os,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.phonePagesDir === undefined ? {} : { phonePagesDir: options.phonePagesDir }),
    ...(options.lanLimits === undefined ? {} : { lanLimits: options.lanLimits }),
    ...(options.systemLanguages === undefined ? {} : { systemLanguages: options.systemLanguages }),
    // The room's network is loopback: a test never opens a server to the machine's real networks.
    lanAddresses: () => ['127.0.0.1'],
    emit: (event, payload) => {
      state.events.push({ event, payload })
      state.forward?.(event, payload)
    },
    log: {
      info: (message) => state.logged.push({ level: 'info', message }),
      warn: (message) => state.logged.push({ level: 'warn', message }),
      error: (message) => state.logged.push({ level: 'error', message }),
    },
  })
  return state
}
