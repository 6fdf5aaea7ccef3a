import type { WorkshopRef } from '../../api/library-types'
import type { ExportCell } from '../workshop/sheet/sheet-export'
import { buildDebrief } from './debrief'
import type { Session } from './session'

/** What the past sessions of a workshop say about one of its exercises or breaks. */
export interface ItemHistory {
  itemId: string
  /** The title in the latest session that ran it. */
  title: string
  kind: 'exercise' | 'break'
  /** Planned minutes in the latest session that ran it. */
  plannedMinutes: number
  /** Sessions that reached the item. */
  runs: number
  medianActual: number
  shortest: number
  longest: number
  /** Sessions in which it ran more than half a minute over its plan then. */
  ranOver: number
  /** Median of actual minus planned, per session; positive means it usually runs long. */
  medianDifference: number
}

/** One workshop's items across its sessions, in the order of its latest session. */
export interface WorkshopHistory {
  workshopRef: WorkshopRef
  workshopTitle: string
  sessions: number
  items: ItemHistory[]
}

// A half-minute either way is the clock being read, not the exercise running long.
const OVER_BY = 0.5

const round = (minutes: number) => Math.round(minutes * 10) / 10

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

// A workshop's sessions are those of its file (or built-in id): its history follows the file.
function workshopKey(session: Session): string {
  const ref = session.workshopRef
  return ref.source === 'builtin' ? `builtin:${ref.id}` : `library:${ref.fileName}`
}

interface Observation {
  title: string
  kind: 'exercise' | 'break'
  planned: number
  actual: number
}

/**
 * Planned against actual minutes for each item of each workshop, across the sessions that ran
 * it: the median, the shortest and longest, and how often it ran over. Items are matched by their
 * id, which edits keep, so a retitled or re-timed exercise keeps its history. Sessions that never
 * started are left out; an item a session never reached counts for nothing in it.
 */
export function summariseSessions(sessions: readonly Session[]): WorkshopHistory[] {
  const byWorkshop = new Map<string, Session[]>()
  for (const session of sessions) {
    if (session.startedAt === null) continue
    const key = workshopKey(session)
    byWorkshop.set(key, [...(byWorkshop.get(key) ?? []), session])
  }
  return [...byWorkshop.values()].map((runs) => {
    const ordered = [...runs].sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0))
    const seen = new Map<string, Observation[]>()
    const order: string[] = []
    for (const session of ordered) {
      const debrief = buildDebrief(session)
      debrief.rows.forEach((row) => {
        const item = session.workshop.exercises[row.itemIndex]
        if (item === undefined || row.actualMinutes === null) return
        if (!seen.has(item.id)) order.push(item.id)
        seen.set(item.id, [
          ...(seen.get(item.id) ?? []),
          {
            title: row.title,
            kind: row.kind,
            planned: row.plannedMinutes,
            actual: row.actualMinutes,
          },
        ])
      })
    }
    const latest = ordered.at(-1)
    const latestOrder = latest?.workshop.exercises.map((item) => item.id) ?? []
    const ids = [
      ...latestOrder.filter((id) => seen.has(id)),
      ...order.filter((id) => !latestOrder.includes(id)),
    ]
    return {
      workshopRef: latest?.workshopRef ?? { source: 'builtin', id: 'unknown' },
      workshopTitle: latest?.workshop.title ?? '',
      sessions: ordered.length,
      items: ids.map((id) => summariseItem(id, seen.get(id) ?? [])),
    }
  })
}

function summariseItem(itemId: string, observations: readonly Observation[]): ItemHistory {
  const last = observations.at(-1)
  const actuals = observations.map((o) => o.actual)
  return {
    itemId,
    title: last?.title ?? itemId,
    kind: last?.kind ?? 'exercise',
    plannedMinutes: last?.planned ?? 0,
    runs: observations.length,
    medianActual: round(median(actuals)),
    shortest: round(Math.min(...actuals)),
    longest: round(Math.max(...actuals)),
    ranOver: observations.filter((o) => o.actual > o.planned + OVER_BY).length,
    medianDifference: round(median(observations.map((o) => o.actual - o.planned))),
  }
}

/** The report across sessions as rows for a spreadsheet, one row per item of each workshop. */
export function historyRows(histories: readonly WorkshopHistory[]): ExportCell[][] {
  const rows: ExportCell[][] = [
    [
      'Workshop',
      'Item',
      'Kind',
      'Sessions',
      'Planned minutes',
      'Median actual',
      'Shortest',
      'Longest',
      'Ran over',
      'Median difference',
    ],
  ]
  for (const history of histories)
    for (const item of history.items)
      rows.push([
        history.workshopTitle,
        item.title,
        item.kind,
        item.runs,
        item.plannedMinutes,
        item.medianActual,
        item.shortest,
        item.longest,
        item.ranOver,
        item.medianDifference,
      ])
  return rows
}
