import { JOIN_CODE_ALPHABET } from '@common/lan/join-code'
import { IN_ALL, JoinGuard, PER_DEVICE, WINDOW_MS } from '../../../electron/services/lan/join-guard'
import type { TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'
import { httpGet } from '../../support/lan-client'
import { linkTokenOf, openLanOnLoopback, startLanTestServices } from '../../support/lan-test-app'

let app: TestServices
let cleanUp: () => Promise<void>

beforeEach(async () => {
  ;({ app, cleanUp } = await startLanTestServices())
})
afterEach(async () => {
  await cleanUp()
})

const open = () => openLanOnLoopback(app)
const tokenFor = linkTokenOf

/** A code of the same shape that is not `code`. */
function otherCode(code: string, index: number): string {
  const letters = Array.from(code)
  const at = index % code.length
  // A step of 1 to 30 through the 31 letters never comes back to the letter it started from.
  const step = 1 + (Math.floor(index / code.length) % (JOIN_CODE_ALPHABET.length - 1))
  const next = JOIN_CODE_ALPHABET.indexOf(letters[at] ?? '2') + step
  letters[at] = JOIN_CODE_ALPHABET[next % JOIN_CODE_ALPHABET.length] ?? '2'
  return letters.join('')
}

describe('joining by a short code', () => {
  it('is six characters that do not read alike, typed after the room’s address', async () => {
    const { status } = await open()
    const join = status.join
    if (join === null) throw new Error('no join code while open')
    expect(join.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    expect(join.addresses[0]).toBe(`127.0.0.1:${String(status.port)}/${join.code}`)
    expect(join.shownOnRoom).toBe(false)
  })

  it('opens the participants’ page, and only that, however the code is typed', async () => {
    const { status, origin } = await open()
    const code = status.join?.code ?? ''
    for (const typed of [code, code.toUpperCase(), `${code}/`]) {
      const answer = await httpGet(origin, `/${typed}`)
      expect(answer.status).toBe(302)
      expect(answer.headers.location).toBe(`/#${tokenFor(status, 'participant')}`)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
    expect(JSON.stringify(status.join)).not.toContain(tokenFor(status, 'remote'))
  })

  it('refuses a device after a few wrong codes, while others still join', async () => {
    const { status, origin } = await open()
    const code = status.join?.code ?? ''
    for (let index = 0; index < PER_DEVICE; index++)
      expect((await httpGet(origin, `/${otherCode(code, index)}`)).status).toBe(404)
    const locked = await httpGet(origin, `/${code}`)
    expect(locked.status).toBe(429)
    expect(locked.body).toMatch(/scan the QR code/)
    expect((await httpGet(origin, `/${code}`, { localAddress: '127.0.0.2' })).status).toBe(302)
  })

  it('switches the short code off for everyone after enough wrong codes, until new links', async () => {
    const { status, origin } = await open()
    const code = status.join?.code ?? ''
    // Wrong codes from many devices, each staying under its own limit.
    for (let index = 0; index < IN_ALL; index++) {
      const device = `127.0.1.${String(1 + Math.floor(index / PER_DEVICE))}`
      const wrong = await httpGet(origin, `/${otherCode(code, index)}`, { localAddress: device })
      expect(wrong.status, wrong.body).toBe(404)
    }
    const retired = await httpGet(origin, `/${code}`, { localAddress: '127.0.2.1' })
    expect(retired.status).toBe(410)
    const after = valueOf(await app.services.handlers.getLanStatus({}))
    expect(after.join?.working).toBe(false)

    const renewed = valueOf(await app.services.handlers.renewLanLinks({}))
    const fresh = renewed.join?.code ?? ''
    expect(fresh).not.toBe(code)
    expect(renewed.join?.working).toBe(true)
    expect((await httpGet(origin, `/${code}`, { localAddress: '127.0.2.2' })).status).toBe(404)
    const joined = await httpGet(origin, `/${fresh}`, { localAddress: '127.0.2.2' })
    expect(joined.headers.location).toBe(`/#${tokenFor(renewed, 'participant')}`)
  })

  it('is shown on the room only while the network is open', async () => {
    expect((await app.services.handlers.showJoinOnRoom({ on: true })).ok).toBe(false)
    await open()
    const shown = valueOf(await app.services.handlers.showJoinOnRoom({ on: true }))
    expect(shown.join?.shownOnRoom).toBe(true)
    const closed = valueOf(await app.services.handlers.setLanOpen({ open: false }))
    expect(closed.join).toBeNull()
    const reopened = valueOf(await app.services.handlers.setLanOpen({ open: true, port: 0 }))
    expect(reopened.join?.shownOnRoom).toBe(false)
  })
})

describe('the join guard', () => {
  it('forgets a device’s wrong codes once their window has passed', () => {
    let now = 0
    const guard = new JoinGuard(() => now)
    for (let index = 0; index < PER_DEVICE; index++) guard.miss('phone')
    expect(guard.verdict('phone')).toBe('device-locked')
    expect(guard.verdict('other')).toBe('open')
    now += WINDOW_MS + 1
    expect(guard.verdict('phone')).toBe('open')
  })
})
