import type { Page } from '@playwright/test'
import type { RunningSession } from './bench-session'
import { makeSeededRandom } from '@common/domain/grouping/seeded-random'
import { median } from './stats'

/**
 * Every timestamp here is `performance.timeOrigin + performance.now()`: epoch milliseconds with
 * sub-millisecond resolution, comparable between the two pages and Node on the same machine
 * (Date.now() would round each end to a whole millisecond, too coarse for a 17 ms target).
 */
interface BenchWindow {
  __benchKeys: number[]
  __benchRoom: { received: number[]; nextFrame: number[]; changed: number[]; painted: number[] }
}

/** Stamps each + or − key press in the console as it reaches the page, before the app sees it. */
function listenToKeys(consolePage: Page): Promise<void> {
  return consolePage.evaluate(() => {
    const bench = window as unknown as BenchWindow
    bench.__benchKeys = []
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === '+' || event.key === '-')
          bench.__benchKeys.push(performance.timeOrigin + performance.now())
      },
      { capture: true },
    )
  })
}

/**
 * Stamps, in the room, when each run change arrives, when the first frame after its arrival
 * starts, when the countdown's text jumps by a minute (a DOM mutation), and when the frame holding
 * that text has been painted: the frame's requestAnimationFrame runs just before its paint, and a
 * message posted from there is handled just after it.
 */
function watchRoom(room: Page): Promise<void> {
  return room.evaluate(() => {
    const bench = window as unknown as BenchWindow & {
      facilitator: { on: (event: string, listener: () => void) => () => void }
    }
    const stamp = () => performance.timeOrigin + performance.now()
    const record = {
      received: [] as number[],
      nextFrame: [] as number[],
      changed: [] as number[],
      painted: [] as number[],
    }
    bench.__benchRoom = record
    bench.facilitator.on('runChanged', () => {
      record.received.push(stamp())
      requestAnimationFrame(() => record.nextFrame.push(stamp()))
    })
    const seconds = () => {
      const text = document.querySelector('[data-testid="countdown-room"]')?.textContent ?? ''
      const match = /^(\d+):(\d\d)$/.exec(text)
      return match === null ? null : Number(match[1]) * 60 + Number(match[2])
    }
    let last = seconds()
    new MutationObserver(() => {
      const now = seconds()
      // The countdown changes by one second on its own; only a jump of about a minute is ours.
      if (now !== null && last !== null && Math.abs(now - last) >= 30) {
        record.changed.push(stamp())
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => record.painted.push(stamp())
          channel.port2.postMessage(null)
        })
      }
      last = now
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

const stampNow = () => performance.timeOrigin + performance.now()

export interface SyncLatency {
  /** Key press in the console to the change painted in the room, per sample (ms). */
  totals: number[]
  /**
   * Per sample, the frame the room painted the change in, counted from its arrival in the room:
   * 1 when the first frame after the change arrived shows it, 2 when it took one more.
   */
  roomFrames: number[]
  /** Median of each leg, to show where the time goes. */
  legs: Record<string, number>
}

/**
 * Presses + and − in the console by turns (a minute on, a minute off, so the phase never ends) and
 * measures each press until the room has painted the new time. Waits a varying moment between
 * presses so they land at every point of the frame.
 */
export async function measureSyncLatency(
  session: RunningSession,
  samples: number,
): Promise<SyncLatency> {
  const { app, console: consolePage, room } = session
  const dispatched: number[] = []
  const announced: number[] = []
  const handlers = app.services.handlers
  const runCommand = handlers.runCommand
  handlers.runCommand = (arg) => {
    dispatched.push(stampNow())
    // The run service sends the change to the windows before its first await, so by the time
    // the call returns its promise the change is on its way.
    const result = runCommand(arg)
    announced.push(stampNow())
    return result
  }
  await listenToKeys(consolePage)
  await watchRoom(room)
  const random = makeSeededRandom(7)
  try {
    for (let i = 0; i < samples; i += 1) {
      await consolePage.keyboard.press(i % 2 === 0 ? '+' : '-')
      await room.waitForFunction(
        (n) => (window as unknown as BenchWindow).__benchRoom.painted.length >= n,
        i + 1,
        { polling: 20, timeout: 5_000 },
      )
      await new Promise((resolve) => setTimeout(resolve, 60 + random() * 200))
    }
  } finally {
    handlers.runCommand = runCommand
  }
  const transport = await measureTransport(session)
  const keys = await consolePage.evaluate(() => (window as unknown as BenchWindow).__benchKeys)
  const roomTimes = await room.evaluate(() => (window as unknown as BenchWindow).__benchRoom)
  if (keys.length !== samples || roomTimes.painted.length !== samples)
    throw new Error(
      `expected ${String(samples)} presses and paints, got ${String(keys.length)} and ${String(roomTimes.painted.length)}`,
    )
  const leg = (to: number[], from: number[]) =>
    median(to.slice(0, samples).map((at, i) => at - (from[i] ?? Number.NaN)))
  // The first frame's callback runs before its paint and the painted stamp just after, so a
  // change painted in that frame is stamped less than a frame after the callback.
  const frameMs = 1000 / 60
  return {
    totals: roomTimes.painted.map((at, i) => at - (keys[i] ?? Number.NaN)),
    roomFrames: roomTimes.painted.map(
      (at, i) => 1 + Math.floor((at - (roomTimes.nextFrame[i] ?? Number.NaN)) / frameMs),
    ),
    legs: {
      'key → main receives the command': leg(dispatched, keys),
      'command → change sent to the windows': leg(announced, dispatched),
      'sent → room receives it': leg(roomTimes.received, announced),
      'received → countdown text changed': leg(roomTimes.changed, roomTimes.received),
      'text changed → frame painted': leg(roomTimes.painted, roomTimes.changed),
      ...transport,
    },
  }
}

/**
 * The bare cost of the test transport that carries events to the pages (a Playwright evaluate per
 * page, with the payload as JSON text), empty and with a whole run snapshot: what of "sent → room
 * receives it" is the harness, and what is the size of what is sent.
 */
async function measureTransport(session: RunningSession): Promise<Record<string, number>> {
  const snapshot = JSON.stringify(await session.app.services.handlers.getRun({}))
  const roundTrip = async (payload: string) => {
    const times: number[] = []
    for (let i = 0; i < 20; i += 1) {
      const start = stampNow()
      await session.room.evaluate((text) => JSON.parse(text) === null, payload)
      times.push(stampNow() - start)
    }
    return median(times)
  }
  return {
    'transport alone: empty evaluate round trip': await roundTrip('null'),
    [`transport alone: round trip with a run snapshot (${String(Math.round(snapshot.length / 1024))} KB)`]:
      await roundTrip(snapshot),
  }
}
