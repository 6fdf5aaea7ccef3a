import type { LanServerMessage } from '@common/lan/lan-protocol'
import { connectLan, tokenOf, type LanTestClient } from '../support/lan-client'
import { openRawLanSocket, type RawLanSocket } from '../support/raw-lan-socket'
import { valueOf } from '../support/result-value'
import { openSession, urlOf } from './lan-bench'

const isWelcome = (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
  m.type === 'welcome'
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * From New links or switching off until the last old channel can do nothing: `pages` remotes
 * that never answer the close frame (as a hostile page would) are connected, then cut; the time
 * is until the server has closed the last one's connection. Alternates New links and switch-off.
 */
export async function measureRevoke(samples: number, pages: number): Promise<number[]> {
  const { services } = await openSession()
  const api = services.services.handlers
  const times: number[] = []
  try {
    for (let i = 0; i < samples; i += 1) {
      const status = valueOf(await api.setLanOpen({ open: true }))
      const token = tokenOf(urlOf(status, 'remote'))
      const stubborn: RawLanSocket[] = []
      for (let p = 0; p < pages; p += 1) {
        const raw = await openRawLanSocket(status.port)
        raw.sendText(JSON.stringify({ type: 'hello', token }))
        stubborn.push(raw)
      }
      const welcomed = performance.now() + 5000
      while (!stubborn.every((raw) => raw.received().includes('"welcome"'))) {
        if (performance.now() > welcomed) throw new Error('the remotes were not welcomed')
        await wait(5)
      }
      const started = performance.now()
      const revoked = i % 2 === 0 ? api.renewLanLinks({}) : api.setLanOpen({ open: false })
      // Bounded: a channel still open after 10 s counts as 10 s.
      const closedAt = await Promise.all(
        stubborn.map((raw) => Promise.race([raw.closed, wait(10_000).then(() => Infinity)])),
      )
      await revoked
      times.push(Math.min(10_000, Math.max(...closedAt) - started))
      for (const raw of stubborn) raw.socket.destroy()
    }
    return times
  } finally {
    await services.cleanUp()
  }
}

/**
 * One participant link flooding notes from `connections` connections of one device for
 * `durationMs`, each just under the flood limit and reconnecting when cut; the facilitator's
 * list is read every 100 ms, and the most items it held is the figure.
 */
export async function measureFloodList(
  connections: number,
  durationMs: number,
): Promise<{ maxItems: number; sent: number }> {
  const { services, status } = await openSession()
  const api = services.services.handlers
  const url = urlOf(status, 'participant')
  const origin = new URL(url).origin
  const token = tokenOf(url)
  let sent = 0
  let maxItems = 0
  const end = performance.now() + durationMs
  try {
    valueOf(await api.setParticipantInputs({ open: true }))
    const flood = async (index: number) => {
      let page: LanTestClient | null = null
      let id = 0
      while (performance.now() < end) {
        if (page === null || page.socket.readyState !== page.socket.OPEN) {
          page = await connectLan(origin, token).catch(() => null)
          if (page === null) {
            await wait(100)
            continue
          }
          await page.next(isWelcome).catch(() => undefined)
        }
        for (let k = 0; k < 3; k += 1) {
          id += 1
          sent += 1
          const text = `flood ${String(index)}.${String(id)}`
          page.send({ type: 'input', id, kind: 'note', name: null, text })
        }
        await wait(150)
      }
      page?.socket.close()
    }
    const watch = async () => {
      while (performance.now() < end) {
        const { inbox } = valueOf(await api.getLanStatus({})).moderation
        maxItems = Math.max(maxItems, inbox.length)
        await wait(100)
      }
    }
    await Promise.all([...Array.from({ length: connections }, (_, i) => flood(i)), watch()])
    await wait(500)
    maxItems = Math.max(maxItems, valueOf(await api.getLanStatus({})).moderation.inbox.length)
    return { maxItems, sent }
  } finally {
    await services.cleanUp()
  }
}
