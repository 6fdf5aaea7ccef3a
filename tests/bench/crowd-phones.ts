import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import { connectLan, type LanTestClient } from '../support/lan-client'

/** The flag that makes the bench's own bundle be the crowd's phones instead. */
export const CROWD_CHILD_FLAG = '--crowd-child'

export interface CrowdPlan {
  origin: string
  token: string
  participants: number
  durationMs: number
  everyMs: number
}

/** What the phones saw; times are epoch ms, so they compare with the server's stamps. */
export interface CrowdSeen {
  /** Phones still connected at the end. */
  connected: number
  /** Each question a phone was told was kept: its text, when it was sent and when it heard. */
  acknowledged: { text: string; sentAt: number; ackAt: number }[]
  refused: number
  /** The phones' process: CPU used, and time spent ready to run but waiting for a CPU (ms). */
  cpuMs: number
  runQueueMs: number
}

/**
 * This process's main thread so far: CPU time used, and time spent ready to run but waiting for
 * a CPU (the kernel's run queue), in ms; NaN where the kernel does not say (not Linux).
 */
export function mainThreadSchedule(): { cpuMs: number; runQueueMs: number } {
  try {
    const [cpuNs, waitNs] = readFileSync(`/proc/self/task/${String(process.pid)}/schedstat`, 'utf8')
      .split(' ')
      .map(Number)
    return { cpuMs: (cpuNs ?? Number.NaN) / 1e6, runQueueMs: (waitNs ?? Number.NaN) / 1e6 }
  } catch {
    return { cpuMs: Number.NaN, runQueueMs: Number.NaN }
  }
}

const epochNow = () => performance.timeOrigin + performance.now()

/**
 * In the child: `participants` phones on their own connections, each sending a question every
 * `everyMs` for `durationMs`, then a last wait for answers. A process of their own, so the phones'
 * sending and reading never queue behind the server's work in one event loop, nor it behind theirs.
 */
export async function runCrowdChild(planJson: string): Promise<void> {
  const plan = JSON.parse(planJson) as CrowdPlan
  const clients: LanTestClient[] = []
  for (let i = 0; i < plan.participants; i += 1)
    clients.push(await connectLan(plan.origin, plan.token))
  await Promise.all(
    clients.map((c) =>
      c.next(
        (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
          m.type === 'welcome',
      ),
    ),
  )
  const seen: CrowdSeen = { connected: 0, acknowledged: [], refused: 0, cpuMs: 0, runQueueMs: 0 }
  const sentAt = new Map<string, number>()
  clients.forEach((client, index) => {
    client.socket.on('message', (data: Buffer) => {
      const ackAt = epochNow()
      const message = JSON.parse(data.toString('utf8')) as LanServerMessage
      if (message.type !== 'ack') return
      const text = `participant ${String(index)} input ${String(message.id)}`
      if (message.ok) seen.acknowledged.push({ text, sentAt: sentAt.get(text) ?? 0, ackAt })
      else seen.refused += 1
    })
  })
  const before = mainThreadSchedule()
  // A set number of rounds, every `everyMs` by the clock, so a slow machine sends as many.
  const rounds = Math.round(plan.durationMs / plan.everyMs)
  const started = performance.now()
  for (let round = 1; round <= rounds; round += 1) {
    clients.forEach((client, index) => {
      const text = `participant ${String(index)} input ${String(round)}`
      sentAt.set(text, epochNow())
      client.send({ type: 'input', id: round, kind: 'question', name: null, text })
    })
    const next = started + round * plan.everyMs
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())))
  }
  // The last answers.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const after = mainThreadSchedule()
  seen.cpuMs = after.cpuMs - before.cpuMs
  seen.runQueueMs = after.runQueueMs - before.runQueueMs
  seen.connected = clients.filter((c) => c.socket.readyState === c.socket.OPEN).length
  for (const client of clients) client.socket.close()
  await Promise.all(clients.map((c) => c.closed))
  process.stdout.write(JSON.stringify(seen))
}

/** Runs the crowd's phones in a child process of the bench's own bundle; resolves with what they saw. */
export function runCrowd(plan: CrowdPlan): Promise<CrowdSeen> {
  const script = process.argv[1]
  if (script === undefined) throw new Error('the bench runs as a script')
  const child = spawn(process.execPath, [script, CROWD_CHILD_FLAG, JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the crowd's phones stopped with code ${String(code)}`))
      else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CrowdSeen)
    })
  })
}
