import { buildDebrief } from '@common/domain/session/debrief'
import { compareWithEarlier } from '@common/domain/session/compare-sessions'
import type { Session } from '@common/domain/session/session'
import { makeFinishedSession } from '../../support/session-fixtures'

/** The fixture session moved `day` days on, with every item taking `stretch` times as long. */
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

const firstActual = (session: Session) => buildDebrief(session).rows[0]?.actualMinutes ?? 0

describe('a session against the earlier sessions of its workshop', () => {
  it('sets each item beside the median of the earlier sessions', () => {
    const earlier = [sessionOn(1), sessionOn(2, 1.5), sessionOn(3, 2)]
    const latest = sessionOn(4, 1.2)
    const comparison = compareWithEarlier(latest, [...earlier, latest])
    expect(comparison?.earlierSessions).toBe(3)
    const first = comparison?.items[0]
    const typical = firstActual(sessionOn(2, 1.5))
    expect(first?.typicalMinutes).toBeCloseTo(typical, 1)
    expect(first?.earlierRuns).toBe(3)
    expect(first?.differenceMinutes).toBeCloseTo(firstActual(latest) - typical, 1)
    const total = buildDebrief(sessionOn(2, 1.5)).actualMinutes
    expect(comparison?.typicalMinutes).toBeCloseTo(total, 1)
    expect(comparison?.differenceMinutes).toBeLessThan(0)
  })

  it('compares only with sessions that started before it', () => {
    const first = sessionOn(1)
    expect(compareWithEarlier(first, [first, sessionOn(2), sessionOn(3)])).toBeNull()
    const second = sessionOn(2)
    expect(compareWithEarlier(second, [sessionOn(1), second, sessionOn(3)])?.earlierSessions).toBe(
      1,
    )
  })

  it('leaves out other workshops and sessions that never started', () => {
    const other: Session = {
      ...sessionOn(1),
      workshopRef: { source: 'library', fileName: 'other.workshop.json' },
    }
    const unstarted: Session = { ...sessionOn(2), startedAt: null }
    expect(compareWithEarlier(sessionOn(3), [other, unstarted])).toBeNull()
    expect(compareWithEarlier({ ...sessionOn(3), startedAt: null }, [sessionOn(1)])).toBeNull()
  })

  it('has no typical time for an item no earlier session reached', () => {
    const earlier = sessionOn(1)
    const cut: Session = { ...earlier, timeline: earlier.timeline.slice(0, 3), endedAt: null }
    const comparison = compareWithEarlier(sessionOn(2), [cut])
    const last = comparison?.items.at(-1)
    expect(last?.typicalMinutes).toBeNull()
    expect(last?.differenceMinutes).toBeNull()
  })
})
