import { join } from 'node:path'
import type { Clock } from '../../electron/services/run/clock'
import { makeTempFolder } from './temp-folders'
import { startTestServices, type TestServices } from './test-services'

/**
 * Instances of the app, each with its own user data, on one shared library folder (a synced or
 * network drive). The folders are made before each test, and the instances and folders removed
 * after it.
 */
export function useSharedLibrary(prefix: string, clock: Clock) {
  let root: Awaited<ReturnType<typeof makeTempFolder>>
  const running: TestServices[] = []
  beforeEach(async () => {
    root = await makeTempFolder(prefix)
  })
  afterEach(async () => {
    for (const app of running.splice(0)) await app.cleanUp()
    await root.remove()
  })
  const startInstance = async (name: string): Promise<TestServices> => {
    const app = await startTestServices({
      clock,
      userDataDir: join(root.path, `user-data-${name}`),
      libraryDir: join(root.path, 'library'),
    })
    running.push(app)
    return app
  }
  /** Stops an instance as it is, with no quit and no flush; its folders stay for a restart. */
  const stopInstance = (app: TestServices): void => {
    app.services.dispose()
    running.splice(running.indexOf(app), 1)
  }
  return { startInstance, stopInstance }
}
