import { directBridge } from './direct-bridge'
import { startTestServices, type TestServices } from './test-services'

/**
 * The per-file set-up of a renderer test: real services in temp folders for each test, their
 * direct bridge in place of the preload's, and the renderer's modules loaded afresh (they read
 * the bridge once). Returns a getter for the current test's services.
 */
export function useRendererServices(): () => TestServices {
  let app: TestServices | null = null
  beforeEach(async () => {
    app = await startTestServices()
    installBridge(directBridge(app))
    vi.resetModules()
  })
  afterEach(async () => {
    await app?.cleanUp()
  })
  return () => {
    if (app === null) throw new Error('no services yet')
    return app
  }
}

/** Puts `bridge` where the renderer looks for the preload's, replacing any before it. */
export function installBridge(bridge: ReturnType<typeof directBridge>): void {
  Object.defineProperty(window, 'facilitator', { value: bridge, configurable: true })
}

/** A gate a test holds an answer behind, as a slow disk would hold it, until it is released. */
export function heldBack(): { passed: Promise<void>; release: () => void } {
  let release: () => void = () => undefined
  const passed = new Promise<void>((resolve) => {
    release = resolve
  })
  return { passed, release }
}
