import { currentItem, currentPhase, type RunState } from '../domain/run/run-state'

/** What a participant's phone shows: today's exercise, and what the facilitator opened. */
export interface ParticipantView {
  workshopTitle: string | null
  itemTitle: string | null
  phaseLabel: string | null
  prompts: string[]
  /** True while the facilitator takes questions and notes. */
  inputsOpen: boolean
  vote: OpenVote | null
}

/** A vote as participants see it. `dots` is how many dots each person places; 1 is one choice. */
export interface OpenVote {
  id: string
  question: string
  options: string[]
  mode: 'one' | 'dots'
  dots: number
}

/** A question or note a participant sent, as the console lists it. */
export interface InboxItem {
  id: string
  kind: 'question' | 'note'
  /** Null when the person stayed anonymous. */
  name: string | null
  text: string
  at: number
  status: 'new' | 'shown' | 'answered' | 'done'
}

/** A vote's count so far. */
export interface VoteTally {
  id: string
  question: string
  mode: 'one' | 'dots'
  dots: number
  options: { label: string; count: number }[]
  /** How many people voted. */
  voters: number
  open: boolean
}

/** What the room shows of the participants' input, on top of the session; chosen in the console. */
export interface RoomAudience {
  input: { kind: 'question' | 'note'; name: string | null; text: string } | null
  tally: VoteTally | null
}

/** The console's view of the participants' input. */
export interface Moderation {
  inputsOpen: boolean
  inbox: InboxItem[]
  vote: VoteTally | null
  room: RoomAudience
  /** The input shown on the room now, if any. */
  shownInputId: string | null
}

/** A participant's page for the session as it is now; the facilitator's own notes stay out. */
export function participantViewOf(
  state: RunState | null,
  inputsOpen: boolean,
  vote: OpenVote | null,
): ParticipantView {
  const base = { inputsOpen, vote }
  if (state === null)
    return { ...base, workshopTitle: null, itemTitle: null, phaseLabel: null, prompts: [] }
  if (state.status !== 'running' && state.status !== 'paused')
    return {
      ...base,
      workshopTitle: state.workshop.title,
      itemTitle: null,
      phaseLabel: null,
      prompts: [],
    }
  const phase = currentPhase(state)
  return {
    ...base,
    workshopTitle: state.workshop.title,
    itemTitle: currentItem(state).title,
    phaseLabel: phase.label,
    prompts: [...phase.prompts],
  }
}

/**
 * Why a ballot does not fit its vote, or null: one choice takes exactly one option; dot voting
 * takes up to `dots` dots, several on one option allowed.
 */
export function ballotProblem(vote: OpenVote, choices: readonly number[]): string | null {
  if (choices.some((c) => c >= vote.options.length))
    return 'The ballot names an option the vote does not have.'
  if (vote.mode === 'one') return choices.length === 1 ? null : 'Choose exactly one option.'
  if (choices.length === 0) return 'Place at least one dot.'
  if (choices.length > vote.dots) return `Place at most ${String(vote.dots)} dots.`
  return null
}

/** The count of every option over the ballots (each voter's last ballot counts). */
export function tallyOf(
  vote: OpenVote,
  ballots: Iterable<readonly number[]>,
  open: boolean,
): VoteTally {
  const counts = vote.options.map(() => 0)
  let voters = 0
  for (const choices of ballots) {
    voters += 1
    for (const choice of choices) counts[choice] = (counts[choice] ?? 0) + 1
  }
  return {
    id: vote.id,
    question: vote.question,
    mode: vote.mode,
    dots: vote.dots,
    options: vote.options.map((label, index) => ({ label, count: counts[index] ?? 0 })),
    voters,
    open,
  }
}

/** An option's count in words: "1 vote", "2 votes", "0 votes"; "1 dot", "3 dots" in dot voting. */
export function describeCount(count: number, mode: 'one' | 'dots'): string {
  const unit = mode === 'one' ? 'vote' : 'dot'
  return `${String(count)} ${count === 1 ? unit : `${unit}s`}`
}

/** A vote's result in one line, for the session record and so the debrief. */
export function describeTally(tally: VoteTally): string {
  const counts = [...tally.options]
    .sort((a, b) => b.count - a.count)
    .map((o) => `${o.label}: ${describeCount(o.count, tally.mode)}`)
  const people = `${String(tally.voters)} ${tally.voters === 1 ? 'person' : 'people'} voted`
  return `Vote: ${tally.question} — ${counts.join('; ')} (${people}).`
}

/** A participant's question or note as it is kept in the session record. */
export function describeInput(
  kind: 'question' | 'note',
  name: string | null,
  text: string,
): string {
  const who = name === null ? 'a participant' : name
  return `${kind === 'question' ? 'Question' : 'Note'} from ${who}: ${text}`
}
