import type { LanCapability } from '@common/lan/lan-constants'
import type { LanStatus } from '@common/lan/lan-status'
import { tokenOf, writePhoneBuild } from './lan-client'
import { valueOf } from './result-value'
import { makeTempFolder } from './temp-folders'
import { startTestServices, type TestServices } from './test-services'

/** Test services whose room's network serves a stand-in phone build from a temp folder. */
export async function startLanTestServices(): Promise<{
  app: TestServices
  cleanUp: () => Promise<void>
}> {
  const build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
  const app = await startTestServices({ phonePagesDir: build.path })
  return {
    app,
    cleanUp: async () => {
      await app.cleanUp()
      await build.remove()
    },
  }
}

/** Opens the network on a free port; returns the status and the server's origin on loopback. */
export async function openLanOnLoopback(
  app: TestServices,
): Promise<{ status: LanStatus; origin: string }> {
  const status = valueOf(await app.services.handlers.setLanOpen({ open: true, port: 0 }))
  expect(status.problem).toBeNull()
  return { status, origin: `http://127.0.0.1:${String(status.port)}` }
}

/** The token of the first link the status gives for `capability`. */
export function linkTokenOf(status: LanStatus, capability: LanCapability): string {
  const url = status.links.find((link) => link.capability === capability)?.urls[0]
  if (url === undefined) throw new Error(`no ${capability} link`)
  return tokenOf(url)
}
