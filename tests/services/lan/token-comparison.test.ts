import type { LanServerMessage } from '@common/lan/lan-protocol'
import { lanCloseCodes } from '@common/lan/lan-constants'
import { connectLan, tokenOf, writePhoneBuild } from '../../support/lan-client'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

/**
 * A link's token decides what a phone may do, so comparing it must take as long for a wrong
 * token as for the right one: an `===` stops at the first differing character, and a phone timing
 * its greetings could learn a token a character at a time. Every comparison of a token a phone
 * sent must go through the constant-time comparison, whichever capability it is checked against.
 */
const { compared } = vi.hoisted(() => ({ compared: [] as string[] }))

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>()
  const timingSafeEqual: typeof real.timingSafeEqual = (a, b) => {
    compared.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('utf8'))
    return real.timingSafeEqual(a, b)
  }
  return { ...real, timingSafeEqual, default: { ...real, timingSafeEqual } }
})

let app: TestServices
let build: { path: string; remove: () => Promise<void> }
beforeEach(async () => {
  build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
  app = await startTestServices({ phonePagesDir: build.path })
  compared.length = 0
})
afterEach(async () => {
  await app.cleanUp()
  await build.remove()
})

const isWelcome = (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
  m.type === 'welcome'

describe('a token a phone greets with', () => {
  it('is compared in constant time, right or wrong', async () => {
    const status = valueOf(await app.services.handlers.setLanOpen({ open: true, port: 0 }))
    const origin = `http://127.0.0.1:${String(status.port)}`
    const url = status.links.find((l) => l.capability === 'participant')?.urls[0] ?? ''
    const token = tokenOf(url)

    const right = await connectLan(origin, token)
    await right.next(isWelcome)
    expect(compared).toContain(token)

    // Wrong only in its last character: the case a character-by-character comparison leaks.
    const wrongToken = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const wrong = await connectLan(origin, wrongToken)
    expect((await wrong.closed).code).toBe(lanCloseCodes.badToken)
    // Checked against every capability's token, each time in constant time.
    expect(compared.filter((given) => given === wrongToken)).toHaveLength(status.links.length)
    right.socket.close()
  })
})
