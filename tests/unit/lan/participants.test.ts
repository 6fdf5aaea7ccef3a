import {
  ballotProblem,
  describeCount,
  describeInput,
  describeTally,
  participantViewOf,
  tallyOf,
  type OpenVote,
} from '@common/lan/participants'
import { applyCommand, createRun } from '@common/domain/run/transitions'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const dots: OpenVote = {
  id: 'v',
  question: 'Which?',
  options: ['A', 'B', 'C'],
  mode: 'dots',
  dots: 2,
}
const one: OpenVote = { ...dots, mode: 'one', dots: 1 }

describe('ballots', () => {
  it('take exactly one option in a one-choice vote', () => {
    expect(ballotProblem(one, [1])).toBeNull()
    expect(ballotProblem(one, [])).toBe('Choose exactly one option.')
    expect(ballotProblem(one, [0, 1])).toBe('Choose exactly one option.')
  })

  it('take up to the dots each person has, several on one option allowed, and only real options', () => {
    expect(ballotProblem(dots, [2, 2])).toBeNull()
    expect(ballotProblem(dots, [])).toBe('Place at least one dot.')
    expect(ballotProblem(dots, [0, 1, 2])).toBe('Place at most 2 dots.')
    expect(ballotProblem(dots, [3])).toBe('The ballot names an option the vote does not have.')
  })

  it('are counted per option, and the result reads in one line, most first', () => {
    const tally = tallyOf(dots, [[0, 1], [1, 1], [2]], false)
    expect(tally.options.map((o) => o.count)).toEqual([1, 3, 1])
    expect(tally.voters).toBe(3)
    expect(describeTally(tally)).toBe(
      'Vote: Which? — B: 3 dots; A: 1 dot; C: 1 dot (3 people voted).',
    )
  })
})

describe('counts in words', () => {
  it('are singular for one and plural otherwise, in votes and in dots', () => {
    expect([0, 1, 2].map((n) => describeCount(n, 'one'))).toEqual(['0 votes', '1 vote', '2 votes'])
    expect([0, 1, 3].map((n) => describeCount(n, 'dots'))).toEqual(['0 dots', '1 dot', '3 dots'])
  })
})

describe('what a participant sees and sends', () => {
  it('is the exercise and its prompts once the clock runs, never the facilitator’s notes', () => {
    const workshop = loadBuiltinWorkshop()
    const ready = createRun('s', { source: 'builtin', id: 'mentoring-guide' }, workshop)
    expect(participantViewOf(ready, false, null)).toMatchObject({
      workshopTitle: 'Mentoring Both Ways',
      itemTitle: null,
      prompts: [],
    })
    const running = applyCommand(ready, { type: 'start' }, 1000)
    const view = participantViewOf(running, true, one)
    expect(view).toMatchObject({
      itemTitle: workshop.exercises[0]?.title,
      inputsOpen: true,
      vote: one,
    })
    expect(Object.keys(view).sort()).toEqual(
      ['inputsOpen', 'itemTitle', 'phaseLabel', 'prompts', 'vote', 'workshopTitle'].sort(),
    )
  })

  it('is kept in the record under the name given, or as from a participant', () => {
    expect(describeInput('question', null, 'Why?')).toBe('Question from a participant: Why?')
    expect(describeInput('note', 'Ana', 'Loved it')).toBe('Note from Ana: Loved it')
  })
})
