// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { planSessionRoster, type RosterView } from '@common/domain/grouping/session-roster'
import { createRun } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { RoomRun } from '../../renderer/src/features/room/RoomRun'
import { renderWithIntl } from '../support/with-intl'

const workshop = loadBuiltinWorkshop()
let view: RosterView = { roster: null, shownExerciseId: null }

// The room reads the roster through the bridge; this stand-in answers with the test's own view.
vi.hoisted(() => {
  Object.defineProperty(window, 'facilitator', {
    value: {
      on: () => () => undefined,
      getRoster: () => Promise.resolve({ ok: true, value: view }),
    },
    configurable: true,
  })
})

function roomWith(people: number): RosterView {
  const names = Array.from({ length: people }, (_, index) => ({
    id: `p${String(index)}`,
    name: `Name ${String(index + 1)}`,
    attributes: {},
  }))
  const rules = { size: 2, perExercise: true, seed: 4, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(workshop, names, rules)
  if (!planned.ok) throw new Error(planned.message.id)
  return { roster: planned.roster, shownExerciseId: 'welcome' }
}

const running: RunState = {
  ...createRun('test', { source: 'builtin', id: 'mentoring-guide' }, workshop),
  status: 'running',
  startedAt: 0,
  runningSince: 0,
}

describe('the room’s pairing screen', () => {
  it('shows who works with whom and each role’s cue instead of the exercise', async () => {
    view = roomWith(13)
    renderWithIntl(<RoomRun state={running} />)
    const screenBox = await screen.findByTestId('room-pairing')
    // The cards shown, not their hidden twin the room measures with.
    const cards = screenBox.querySelector<HTMLElement>('.room-pairing-box > ol')
    if (cards === null) throw new Error('no group cards')
    expect(within(screenBox).getByText('Partner A: share both moments')).toBeTruthy()
    expect(within(screenBox).getByText('Partner B: now your two moments')).toBeTruthy()
    // Six pairs and a trio, everyone once.
    expect(within(cards).getAllByRole('listitem', { name: /^Group/ })).toHaveLength(6)
    const shown = [...cards.querySelectorAll('.room-pairing-name')].map((name) => name.textContent)
    for (let index = 1; index <= 13; index++) expect(shown).toContain(`Name ${String(index)}`)
    expect(shown).toHaveLength(13)
    // The legend names the observer's role, and one card holds the trio's observer.
    expect(within(screenBox).getAllByText('Obs', { ignore: '[aria-hidden] *' })).toHaveLength(2)
  })

  it('goes back to the exercise once the run has moved past the shown round', async () => {
    view = roomWith(13)
    renderWithIntl(<RoomRun state={{ ...running, itemIndex: 1 }} />)
    await screen.findByText('Lessons from Past Mentoring')
    expect(screen.queryByTestId('room-pairing')).toBeNull()
  })
})
