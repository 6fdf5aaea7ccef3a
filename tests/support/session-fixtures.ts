import type { RunEvent } from '@common/domain/run/run-state'
import { phasesOf } from '@common/domain/run/run-state'
import type { Note, NoteTag, Session } from '@common/domain/session/session'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { loadBuiltinWorkshop } from './builtin-workshop'

const MINUTE = 60_000

/** 09:02 local time on a Tuesday, so clock times in the record read the same in any time zone. */
export const SESSION_START = new Date(2026, 2, 3, 9, 2).getTime()

/**
 * How long each agenda item of the built-in workshop took against its plan: the morning's
 * pair work ran long, the break too, and the afternoon caught up a little.
 */
const paceByItem = [1.2, 1.1, 1.25, 1, 1.15, 1.25, 1.2, 0.8, 1, 0.9, 1, 1, 1]

/** A note as the fixtures write it: where, how far into the phase (0 to 1), tag and text. */
type NoteSeed = [
  itemIndex: number,
  phaseIndex: number,
  into: number,
  tag: NoteTag | null,
  text: string,
]

/** A few dozen notes across the day, with the characters a Markdown file must escape. */
export const NOTE_SEEDS: NoteSeed[] = [
  [0, 0, 0.5, null, 'Room of 18: six pairs from Hatcher, three from the Taubman library'],
  [
    0,
    3,
    0.4,
    'insight',
    'Zoë said the Łódź branch pairs every new hire with a student, not a manager',
  ],
  [0, 4, 0.6, 'question', 'Is a "reverse mentor" still a mentor if nobody calls it that?'],
  [1, 0, 0.7, null, 'Quiet start; prompts on screen helped'],
  [1, 2, 0.5, 'insight', 'Mentoring that worked had a *shared project*, not just meetings'],
  [1, 3, 0.5, 'action', 'Send Priya the list of past mentoring pairs from 2019–2024'],
  [1, 5, 0.3, 'parkingLot', 'Who pays for release time when a student mentors staff?'],
  [2, 0, 0.4, null, 'Several people asked for a bigger map; print A3 next time'],
  [2, 0, 0.8, 'question', 'Can the map include people outside the library | campus IT, faculty?'],
  [2, 1, 0.5, 'insight', 'Most maps had no one under "Challengers"'],
  [2, 3, 0.2, 'action', '# Print the network map on A3 for the next run'],
  [2, 3, 0.7, 'insight', 'Two pairs found the same "hidden" champion in the Provost office'],
  [3, 0, 0.5, null, 'Drawing took longer than planned for the early-career group'],
  [3, 3, 0.5, 'insight', 'Turning points were mostly people, rarely training'],
  [4, 1, 0.5, null, 'Back-to-back was loud: use the corridor for two pairs'],
  [
    4,
    5,
    0.5,
    'insight',
    'Describers assumed shared vocabulary: 1. shapes 2. sizes 3. nothing else',
  ],
  [4, 6, 0.4, 'question', 'How do we practise feedback when partners are at different grades?'],
  [5, 1, 0.5, 'parkingLot', 'Norms for remote partners across time zones'],
  [5, 3, 0.6, null, 'Clustering needed more wall space; sticky notes ran out'],
  [5, 4, 0.5, 'action', 'Draft a one-page agreement template from the gallery'],
  [5, 5, 0.5, 'insight', 'Accountability was the hardest column to fill'],
  [6, 0, 0.5, null, 'Break ran long: coffee arrived late'],
  [7, 0, 0.5, 'insight', 'Topics clustered around data services & <scholarly communication>'],
  [7, 2, 0.5, 'action', 'Book the Curiosity Topic lunch for 14 April with Marta'],
  [8, 0, 0.5, null, 'Ideas were concrete: digitisation, OER, a data clinic'],
  [8, 1, 0.5, 'question', 'Should students be able to propose projects on their own?'],
  [
    8,
    2,
    0.6,
    'parkingLot',
    'A shared list of project ideas for the whole library, kept_somewhere_ visible',
  ],
  [9, 1, 0.5, null, 'The canvas worked well in pairs; trios struggled to share one sheet'],
  [9, 5, 0.5, 'insight', 'Scope sentences got shorter and sharper on the second try'],
  [
    10,
    1,
    0.5,
    'question',
    'What does a healthy work environment look like for hourly student staff?',
  ],
  [10, 2, 0.5, null, 'Roles agreed quickly once the "who decides" question was named'],
  [11, 1, 0.5, 'insight', 'Most pairs chose fortnightly 30-minute meetings'],
  [12, 0, 0.5, 'action', 'Follow up in 30 days: email every pair their pledge'],
  [
    12,
    1,
    0.5,
    null,
    '"I will teach…" round was the best moment of the day\nseveral people wrote theirs down',
  ],
]

/** Where each phase started, and when the run ended, for stamping notes. */
interface Timing {
  timeline: RunEvent[]
  phaseStarts: Map<string, { at: number; minutes: number }>
  endedAt: number
}

function buildTimeline(stopBeforeItem: number): Timing {
  const items = loadBuiltinWorkshop().exercises
  const timeline: RunEvent[] = [{ at: SESSION_START, kind: 'started', itemIndex: 0, phaseIndex: 0 }]
  const phaseStarts = new Map<string, { at: number; minutes: number }>()
  let at = SESSION_START
  items.slice(0, stopBeforeItem).forEach((item, itemIndex) => {
    const pace = paceByItem[itemIndex] ?? 1
    phasesOf(item).forEach((phase, phaseIndex) => {
      const minutes = phase.minutes * pace
      phaseStarts.set(`${String(itemIndex)}:${String(phaseIndex)}`, { at, minutes })
      timeline.push({ at, kind: 'phaseStarted', itemIndex, phaseIndex })
      // A pause mid-way through the network map and the scoping canvas, counted in wall time.
      if (phaseIndex === 1 && (itemIndex === 2 || itemIndex === 9)) {
        timeline.push({ at: at + MINUTE, kind: 'paused', itemIndex, phaseIndex })
        timeline.push({ at: at + 2 * MINUTE, kind: 'resumed', itemIndex, phaseIndex })
      }
      if (phaseIndex === 0 && itemIndex === 5) {
        timeline.push({
          at: at + MINUTE,
          kind: 'timeAdjusted',
          itemIndex,
          phaseIndex,
          amountMs: 2 * MINUTE,
        })
      }
      at += minutes * MINUTE
    })
  })
  return { timeline, phaseStarts, endedAt: at }
}

function stampNotes(timing: Timing, seeds: readonly NoteSeed[]): Note[] {
  const workshop = loadBuiltinWorkshop()
  return seeds.flatMap(([itemIndex, phaseIndex, into, tag, text], index) => {
    const phase = timing.phaseStarts.get(`${String(itemIndex)}:${String(phaseIndex)}`)
    const item = workshop.exercises[itemIndex]
    const phaseLabel = item === undefined ? undefined : phasesOf(item)[phaseIndex]?.label
    if (phase === undefined || item === undefined || phaseLabel === undefined) return []
    return [
      {
        id: `note-${String(index + 1)}`,
        at: Math.round(phase.at + phase.minutes * into * MINUTE),
        itemIndex,
        phaseIndex,
        itemTitle: item.title,
        phaseLabel,
        text,
        tag,
        editedAt: null,
      },
    ]
  })
}

/** A finished run of the whole built-in workshop, with details, pauses and {@link NOTE_SEEDS}. */
export function makeFinishedSession(overrides: Partial<Session> = {}): Session {
  const workshop = loadBuiltinWorkshop()
  const timing = buildTimeline(workshop.exercises.length)
  timing.timeline.push({
    at: timing.endedAt,
    kind: 'ended',
    itemIndex: workshop.exercises.length - 1,
    phaseIndex: 0,
  })
  return {
    schemaVersion: 1,
    id: 'session-2026-03-03',
    workshopRef: { source: 'builtin', id: 'mentoring-guide' },
    workshop,
    startedAt: SESSION_START,
    endedAt: timing.endedAt,
    place: 'Hatcher Library, Room 100',
    facilitator: 'Ana Lucía Pérez',
    participantCount: 18,
    plannedTotalMinutes: workshop.exercises.reduce((sum, item) => sum + itemMinutes(item), 0),
    timeline: timing.timeline,
    notes: stampNotes(timing, NOTE_SEEDS),
    roster: null,
    ...overrides,
  }
}

/** A run that stopped during the eighth item (not ended): the record of a session still going. */
export function makeUnfinishedSession(): Session {
  const timing = buildTimeline(8)
  return makeFinishedSession({
    endedAt: null,
    timeline: timing.timeline,
    notes: stampNotes(timing, NOTE_SEEDS),
  })
}

/** A finished run with no notes and no optional details. */
export function makeQuietSession(overrides: Partial<Session> = {}): Session {
  return makeFinishedSession({
    notes: [],
    place: '',
    facilitator: '',
    participantCount: null,
    ...overrides,
  })
}
