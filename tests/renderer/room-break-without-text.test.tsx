// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { createRun } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import type { Workshop } from '@common/domain/workshop/schema'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { RoomRun } from '../../renderer/src/features/room/RoomRun'
import { renderWithIntl } from '../support/with-intl'

// The room reads pictures and the roster through the bridge; a break shows neither.
vi.hoisted(() => {
  Object.defineProperty(window, 'facilitator', {
    value: {
      on: () => () => undefined,
      readPicture: () => Promise.resolve({ ok: false, code: 'not-found', message: 'none here' }),
      getRoster: () =>
        Promise.resolve({ ok: true, value: { roster: null, shownExerciseId: null } }),
    },
    configurable: true,
  })
})

const note = 'Check the coffee order with catering; Sam arrives late'

/** The built-in workshop with its first break's room text emptied and a note of ours. */
function withSilentBreak(): { workshop: Workshop; index: number } {
  const workshop = loadBuiltinWorkshop()
  const index = workshop.exercises.findIndex((item) => item.kind === 'break')
  const item = workshop.exercises[index]
  if (item?.kind !== 'break') throw new Error('needs a break')
  const exercises = workshop.exercises.map((each, at) =>
    at === index ? { ...item, roomText: roomTextOnlyBlanks, note } : each,
  )
  return { workshop: { ...workshop, exercises }, index }
}

/** What a room text left blank may hold: nothing the room could show. */
const roomTextOnlyBlanks = '  \n '

describe('a break with no text for the room', () => {
  it('shows its title and when to be back, and never the facilitator’s note instead', () => {
    const { workshop, index } = withSilentBreak()
    const state: RunState = {
      ...createRun('test', { source: 'builtin', id: 'mentoring-guide' }, workshop),
      status: 'running',
      startedAt: 0,
      runningSince: 0,
      itemIndex: index,
    }
    renderWithIntl(<RoomRun state={state} now={0} />)
    expect(screen.getByRole('heading', { name: workshop.exercises[index]!.title })).toBeDefined()
    expect(screen.getByTestId('room-back-at')).toBeDefined()
    expect(document.body.textContent).not.toContain('coffee')
    expect(document.body.textContent).not.toContain('Sam arrives')
  })
})
