import { buildDebrief } from '@common/domain/session/debrief'
import { historyRows, median, summariseSessions } from '@common/domain/session/across-sessions'
import type { Session } from '@common/domain/session/session'
import { makeFinishedSession } from '../../support/session-fixtures'

/** The fixture session moved to another day, with each exercise running `extra` minutes longer. */
function sessionOn(day: number, stretch = 1): Session {
  const session = makeFinishedSession({ id: `s${String(day)}` })
  const start = session.startedAt ?? 0
  const shift = day * 86_400_000
  const at = (t: number) => start + shift + (t - start) * stretch
  return {
    ...session,
    startedAt: at(start),
    endedAt: session.endedAt === null ? null : at(session.endedAt),
    timeline: session.timeline.map((event) => ({ ...event, at: at(event.at) })),
    notes: [],
  }
}

describe('planned against actual across sessions', () => {
  it('takes the median, the spread and how often each item ran over', () => {
    const sessions = [sessionOn(1), sessionOn(2, 1.5), sessionOn(3, 2)]
    const [history] = summariseSessions(sessions)
    if (history === undefined) throw new Error('no history')
    expect(history.sessions).toBe(3)
    const first = history.items[0]
    const actuals = sessions.map((s) => buildDebrief(s).rows[0]?.actualMinutes ?? 0)
    expect(first).toMatchObject({
      runs: 3,
      medianActual: Math.round(median(actuals) * 10) / 10,
      shortest: Math.min(...actuals),
      longest: Math.max(...actuals),
    })
    const planned = buildDebrief(sessions[0]!).rows[0]?.plannedMinutes ?? 0
    expect(first?.ranOver).toBe(actuals.filter((a) => a > planned + 0.5).length)
    expect(historyRows([history])).toHaveLength(history.items.length + 1)
  })

  it('leaves out sessions that never started', () => {
    expect(summariseSessions([{ ...sessionOn(1), startedAt: null }])).toEqual([])
  })

  it('finds the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})
