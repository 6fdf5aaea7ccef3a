import { minutesSpentPerItem } from '../run/schedule-tracking'
import { itemMinutes } from '../workshop/schedule'
import type { Note, NoteTag, Session } from './session'

/** Planned against actual minutes for one agenda item. */
export interface DebriefRow {
  itemIndex: number
  title: string
  kind: 'exercise' | 'break'
  plannedMinutes: number
  /** Null when the session never reached the item. */
  actualMinutes: number | null
  notes: Note[]
}

/** Everything the debrief shows, derived from a session record alone. */
export interface Debrief {
  title: string
  startedAt: number | null
  endedAt: number | null
  /**
   * Where the record stops: the end, or for a session that never ended (the app stopped) the
   * last thing it holds, a timeline event or a note, whichever came later.
   */
  recordEndsAt: number | null
  rows: DebriefRow[]
  plannedMinutes: number
  actualMinutes: number
  /** Actual minus planned, over the items the session reached; positive means it ran long. */
  overrunMinutes: number
  actions: Note[]
  parkingLot: Note[]
  /** Notes per tag, for the summary line. */
  tagCounts: Record<NoteTag | 'untagged', number>
}

const round = (minutes: number) => Math.round(minutes * 10) / 10

/** Builds the debrief of a session: the plan against what happened, and the notes by exercise. */
export function buildDebrief(session: Session): Debrief {
  const items = session.workshop.exercises
  const recordEndsAt = findRecordEnd(session)
  const spent = minutesSpentPerItem(items.length, session.timeline, recordEndsAt ?? 0)
  const rows: DebriefRow[] = items.map((item, itemIndex) => {
    const actual = spent[itemIndex] ?? null
    return {
      itemIndex,
      title: item.title,
      kind: item.kind,
      plannedMinutes: itemMinutes(item),
      actualMinutes: actual === null ? null : round(actual),
      notes: session.notes
        .filter((note) => note.itemIndex === itemIndex)
        .sort((a, b) => a.at - b.at),
    }
  })
  const reached = rows.filter((row) => row.actualMinutes !== null)
  const actualMinutes = round(reached.reduce((sum, row) => sum + (row.actualMinutes ?? 0), 0))
  const plannedReached = reached.reduce((sum, row) => sum + row.plannedMinutes, 0)
  const byTag = (tag: NoteTag) =>
    session.notes.filter((note) => note.tag === tag).sort((a, b) => a.at - b.at)
  return {
    title: session.workshop.title,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    recordEndsAt,
    rows,
    plannedMinutes: rows.reduce((sum, row) => sum + row.plannedMinutes, 0),
    actualMinutes,
    overrunMinutes: round(actualMinutes - plannedReached),
    actions: byTag('action'),
    parkingLot: byTag('parkingLot'),
    tagCounts: {
      insight: byTag('insight').length,
      question: byTag('question').length,
      action: byTag('action').length,
      parkingLot: byTag('parkingLot').length,
      untagged: session.notes.filter((note) => note.tag === null).length,
    },
  }
}

/** How a tag is written for people. */
export const tagNames: Record<NoteTag, string> = {
  insight: 'Insight',
  question: 'Question',
  action: 'Action',
  parkingLot: 'Parking lot',
}

function findRecordEnd(session: Session): number | null {
  if (session.endedAt !== null) return session.endedAt
  const times = [...session.timeline, ...session.notes].map((entry) => entry.at)
  return times.length === 0 ? session.startedAt : Math.max(...times)
}
