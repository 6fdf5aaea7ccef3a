import { median } from './across-sessions'
import { buildDebrief } from './debrief'
import type { Session } from './session'

/** One item of a session beside what it typically took in the sessions before. */
export interface ComparedItem {
  itemIndex: number
  /** Null when this session never reached the item. */
  actualMinutes: number | null
  /** Median actual minutes in the earlier sessions that reached it; null when none did. */
  typicalMinutes: number | null
  /** Earlier sessions that reached the item. */
  earlierRuns: number
  /** This session's minutes less the typical ones; null when either is missing. */
  differenceMinutes: number | null
}

/** A session against the earlier sessions of the same workshop. */
export interface SessionComparison {
  /** Earlier sessions of the same workshop that started. */
  earlierSessions: number
  items: ComparedItem[]
  /** This session's actual minutes, over the items it reached. */
  actualMinutes: number
  /** Median of the earlier sessions' actual minutes, each over the items it reached. */
  typicalMinutes: number
  /** This session less the typical earlier one; positive means it ran longer than usual. */
  differenceMinutes: number
}

const round = (minutes: number) => Math.round(minutes * 10) / 10

const sameWorkshop = (a: Session, b: Session) =>
  JSON.stringify(a.workshopRef) === JSON.stringify(b.workshopRef)

/**
 * Compares a session with the sessions of the same workshop that started before it: for each of
 * its items, its actual minutes beside the median of the earlier ones (items are matched by id,
 * which edits keep), and its total beside the median total. Null when the session never started
 * or no earlier session of its workshop did, so the debrief shows nothing rather than a guess.
 */
export function compareWithEarlier(
  session: Session,
  others: readonly Session[],
): SessionComparison | null {
  const startedAt = session.startedAt
  if (startedAt === null) return null
  const earlier = others.filter(
    (other) =>
      other.id !== session.id &&
      other.startedAt !== null &&
      other.startedAt < startedAt &&
      sameWorkshop(other, session),
  )
  if (earlier.length === 0) return null
  const byItem = new Map<string, number[]>()
  const totals = earlier.map((other) => {
    const debrief = buildDebrief(other)
    for (const row of debrief.rows) {
      const id = other.workshop.exercises[row.itemIndex]?.id
      if (id === undefined || row.actualMinutes === null) continue
      byItem.set(id, [...(byItem.get(id) ?? []), row.actualMinutes])
    }
    return debrief.actualMinutes
  })
  const debrief = buildDebrief(session)
  const items = debrief.rows.map((row): ComparedItem => {
    const id = session.workshop.exercises[row.itemIndex]?.id ?? ''
    const past = byItem.get(id) ?? []
    const typical = past.length === 0 ? null : round(median(past))
    return {
      itemIndex: row.itemIndex,
      actualMinutes: row.actualMinutes,
      typicalMinutes: typical,
      earlierRuns: past.length,
      differenceMinutes:
        typical === null || row.actualMinutes === null ? null : round(row.actualMinutes - typical),
    }
  })
  const typicalMinutes = round(median(totals))
  return {
    earlierSessions: earlier.length,
    items,
    actualMinutes: debrief.actualMinutes,
    typicalMinutes,
    differenceMinutes: round(debrief.actualMinutes - typicalMinutes),
  }
}
