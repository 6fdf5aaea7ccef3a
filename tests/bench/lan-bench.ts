import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import type { LanStatus } from '@common/lan/lan-status'
import type { LanLimits } from '../../electron/services/lan/lan-limits'
import { loadPageFiles } from '../../electron/services/lan/page-files'
import { launchChromium } from '../support/chromium'
import { connectLan, tokenOf, type LanTestClient } from '../support/lan-client'
import { builtRendererDir } from '../support/paths'
import { valueOf } from '../support/result-value'
import { startTestServices, type TestServices } from '../support/test-services'
import { percentile } from './stats'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

/** The phone page's JavaScript as a phone downloads it: each file the page loads, gzipped. */
export async function measurePhoneJsGzipKb(): Promise<{ gzipKb: number; files: number }> {
  const files = await loadPageFiles(builtRendererDir)
  const scripts = [...files].filter(([path]) => path.endsWith('.js'))
  if (scripts.length === 0) throw new Error('no phone page in the build: run electron-vite build')
  const bytes = scripts.reduce((sum, [, file]) => sum + gzipSync(file.body).byteLength, 0)
  return { gzipKb: bytes / 1024, files: scripts.length }
}

/** A session on the built-in workshop, running, open to the network on loopback. */
export async function openSession(
  lanLimits?: Partial<LanLimits>,
): Promise<{ services: TestServices; status: LanStatus }> {
  const services = await startTestServices({
    phonePagesDir: builtRendererDir,
    ...(lanLimits === undefined ? {} : { lanLimits }),
  })
  const api = services.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  valueOf(await api.runCommand({ command: { type: 'start' } }))
  const status = valueOf(await api.setLanOpen({ open: true, port: 0 }))
  return { services, status }
}

export function urlOf(status: LanStatus, capability: 'remote' | 'room' | 'participant'): string {
  const url = status.links.find((l) => l.capability === capability)?.urls[0]
  if (url === undefined) throw new Error(`no ${capability} link`)
  return url
}

/**
 * From a tap on the phone remote's Blank to the frame that shows the change on a room view,
 * over loopback: the remote stamps the tap, the room view stamps the first animation frame (just
 * before its paint) whose page shows the new state. Both in one Chromium, so the stamps compare.
 */
export async function measureRemoteToRoom(samples: number): Promise<number[]> {
  const { services, status } = await openSession()
  let browser: Browser | null = null
  try {
    browser = await launchChromium()
    const open = async (url: string, width: number, height: number): Promise<Page> => {
      const context = await browser!.newContext({ viewport: { width, height }, hasTouch: true })
      const page = await context.newPage()
      await page.goto(url)
      return page
    }
    const remote = await open(urlOf(status, 'remote'), 390, 844)
    const room = await open(urlOf(status, 'room'), 1280, 720)
    await remote.getByRole('button', { name: 'Blank' }).waitFor()
    await room.getByTestId('countdown-room').waitFor()
    await room.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { __benchSeen: number[] }).__benchSeen = seen
      let blanked = document.querySelector('.room-blank') !== null
      requestAnimationFrame(function frame() {
        const now = document.querySelector('.room-blank') !== null
        if (now !== blanked) seen.push(performance.timeOrigin + performance.now())
        blanked = now
        requestAnimationFrame(frame)
      })
    })
    const latencies: number[] = []
    for (let i = 0; i < samples; i += 1) {
      const tapped = await remote.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Blank',
        )
        const at = performance.timeOrigin + performance.now()
        button?.click()
        return at
      })
      await room.waitForFunction(
        (count) => (window as unknown as { __benchSeen: number[] }).__benchSeen.length >= count,
        i + 1,
      )
      const seen = await room.evaluate(
        () => (window as unknown as { __benchSeen: number[] }).__benchSeen,
      )
      latencies.push((seen[i] ?? Number.NaN) - tapped)
    }
    return latencies
  } finally {
    await browser?.close()
    await services.cleanUp()
  }
}

/**
 * `participants` phones on their own connections, each sending a question every `everyMs` for
 * `durationMs`; then the session record is read back, and every input a phone was told was kept
 * must be in it. This measures the record under a crowd's load, not the limits, so the limits
 * on one device's waiting inputs and on the list's length are lifted (all phones are loopback,
 * one device).
 */
export async function measureParticipants(
  participants: number,
  durationMs: number,
  everyMs: number,
): Promise<{
  connected: number
  acknowledged: number
  lost: number
  refused: number
  ackMsP95: number
}> {
  const { services, status } = await openSession({
    inputsWaitingPerDevice: Number.MAX_SAFE_INTEGER,
    maxInbox: Number.MAX_SAFE_INTEGER,
  })
  const api = services.services.handlers
  try {
    valueOf(await api.setParticipantInputs({ open: true }))
    const origin = new URL(urlOf(status, 'participant')).origin
    const token = tokenOf(urlOf(status, 'participant'))
    const clients: LanTestClient[] = []
    for (let i = 0; i < participants; i += 1) clients.push(await connectLan(origin, token))
    await Promise.all(
      clients.map((c) =>
        c.next(
          (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
            m.type === 'welcome',
        ),
      ),
    )
    const acknowledged = new Set<string>()
    const ackTimes: number[] = []
    let refused = 0
    const sentAt = new Map<string, number>()
    clients.forEach((client, index) => {
      client.socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as LanServerMessage
        if (message.type !== 'ack') return
        const text = `participant ${String(index)} input ${String(message.id)}`
        if (message.ok) {
          acknowledged.add(text)
          ackTimes.push(performance.now() - (sentAt.get(text) ?? 0))
        } else refused += 1
      })
    })
    const started = performance.now()
    let round = 0
    while (performance.now() - started < durationMs) {
      round += 1
      clients.forEach((client, index) => {
        const text = `participant ${String(index)} input ${String(round)}`
        sentAt.set(text, performance.now())
        client.send({ type: 'input', id: round, kind: 'question', name: null, text })
      })
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
    // The last answers, then the record as it is on disk.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const connected = clients.filter((c) => c.socket.readyState === c.socket.OPEN).length
    for (const client of clients) client.socket.close()
    await services.services.flush()
    const { fileName } = valueOf(await api.getLiveNotes({}))
    if (fileName === null) throw new Error('no session record')
    const record = valueOf(await api.openSession({ fileName }))
    const kept = new Set(
      record.notes.map((note) => note.text.replace(/^Question from a participant: /, '')),
    )
    const lost = [...acknowledged].filter((text) => !kept.has(text)).length
    return {
      connected,
      acknowledged: acknowledged.size,
      lost,
      refused,
      ackMsP95: percentile(ackTimes, 95),
    }
  } finally {
    await services.cleanUp()
  }
}
