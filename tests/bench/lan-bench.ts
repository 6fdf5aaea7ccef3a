import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'
import type { LanStatus } from '@common/lan/lan-status'
import type { LanLimits } from '../../electron/services/lan/lan-limits'
import { AppendJournal } from '../../electron/services/storage/append-journal'
import { loadPageFiles } from '../../electron/services/lan/page-files'
import { launchChromium } from '../support/chromium'
import { tokenOf } from '../support/lan-client'
import { builtRendererDir } from '../support/paths'
import { valueOf } from '../support/result-value'
import { startTestServices, type TestServices } from '../support/test-services'
import { mainThreadSchedule, runCrowd } from './crowd-phones'
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

/** Where a question's acknowledgement time goes, each part per question (ms). */
export interface AckParts {
  /** From the phone's send to the server asking the journal for its line: network, parsing, the list. */
  toJournal: number[]
  /** From asking for the line to its flush done: waiting for the group, writing, fsync. */
  onDisk: number[]
  /** From the flush done to the phone reading its acknowledgement. */
  ackBack: number[]
}

/**
 * Stamps every journal line as it is asked for and once it is on disk (epoch ms, comparable with
 * the phones' process), and counts the flushes: a group of lines shares one promise.
 */
function stampJournal(): {
  stamps: Map<string, { askedAt: number; flushedAt: number }>
  flushes: Set<Promise<void>>
  restore: () => void
} {
  const stamps = new Map<string, { askedAt: number; flushedAt: number }>()
  const flushes = new Set<Promise<void>>()
  // Called below with its own journal as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const append = AppendJournal.prototype.append
  const epochNow = () => performance.timeOrigin + performance.now()
  AppendJournal.prototype.append = function (this: AppendJournal, entry: unknown) {
    const askedAt = epochNow()
    const flushed = append.call(this, entry)
    flushes.add(flushed)
    const text = (entry as { note?: { text?: string } }).note?.text
    if (text !== undefined)
      void flushed.then(
        () => stamps.set(text, { askedAt, flushedAt: epochNow() }),
        () => undefined,
      )
    return flushed
  }
  return { stamps, flushes, restore: () => (AppendJournal.prototype.append = append) }
}

/**
 * `participants` phones on their own connections, each sending a question every `everyMs` for
 * `durationMs`; then the session record is read back, and every input a phone was told was kept
 * must be in it. This measures the record under a crowd's load, not the limits, so the limits
 * on one device's waiting inputs and on the list's length are lifted (all phones are loopback,
 * one device). The phones run in a process of their own, as phones would: their sending and
 * reading do not wait behind the server's work, nor it behind theirs. The acknowledgement time is
 * the phone's, from its send to reading the answer.
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
  parts: AckParts
  flushes: number
  /** CPU used and time waiting for a CPU (ms), by the server's main thread and by the phones'. */
  schedule: Record<'serverCpu' | 'serverRunQueue' | 'phonesCpu' | 'phonesRunQueue', number>
}> {
  const { services, status } = await openSession({
    inputsWaitingPerDevice: Number.MAX_SAFE_INTEGER,
    maxInbox: Number.MAX_SAFE_INTEGER,
  })
  const api = services.services.handlers
  const journal = stampJournal()
  try {
    valueOf(await api.setParticipantInputs({ open: true }))
    const before = mainThreadSchedule()
    const seen = await runCrowd({
      origin: new URL(urlOf(status, 'participant')).origin,
      token: tokenOf(urlOf(status, 'participant')),
      participants,
      durationMs,
      everyMs,
    })
    const after = mainThreadSchedule()
    await services.services.flush()
    const { fileName } = valueOf(await api.getLiveNotes({}))
    if (fileName === null) throw new Error('no session record')
    const record = valueOf(await api.openSession({ fileName }))
    const prefix = 'Question from a participant: '
    const kept = new Set(record.notes.map((note) => note.text.replace(prefix, '')))
    const parts: AckParts = { toJournal: [], onDisk: [], ackBack: [] }
    for (const { text, sentAt, ackAt } of seen.acknowledged) {
      const stamp = journal.stamps.get(`${prefix}${text}`)
      if (stamp === undefined) continue
      parts.toJournal.push(stamp.askedAt - sentAt)
      parts.onDisk.push(stamp.flushedAt - stamp.askedAt)
      parts.ackBack.push(ackAt - stamp.flushedAt)
    }
    return {
      connected: seen.connected,
      acknowledged: seen.acknowledged.length,
      lost: seen.acknowledged.filter(({ text }) => !kept.has(text)).length,
      refused: seen.refused,
      ackMsP95: percentile(
        seen.acknowledged.map(({ sentAt, ackAt }) => ackAt - sentAt),
        95,
      ),
      parts,
      flushes: journal.flushes.size,
      schedule: {
        serverCpu: after.cpuMs - before.cpuMs,
        serverRunQueue: after.runQueueMs - before.runQueueMs,
        phonesCpu: seen.cpuMs,
        phonesRunQueue: seen.runQueueMs,
      },
    }
  } finally {
    journal.restore()
    await services.cleanUp()
  }
}
