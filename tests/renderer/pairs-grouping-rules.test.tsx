// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react'
import { planSessionRoster } from '@common/domain/grouping/session-roster'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { renderWithIntl } from '../support/with-intl'
import { GroupingRulesPanel } from '../../renderer/src/features/pairs/GroupingRulesPanel'
import { RosterForm } from '../../renderer/src/features/pairs/RosterForm'

const workshop = loadBuiltinWorkshop()

function rosterOf(count: number) {
  const people = Array.from({ length: count }, (_, index) => ({
    id: `p${String(index)}`,
    name: `Name ${String(index + 1)}`,
    attributes: { stage: index % 2 === 0 ? 'early' : 'senior' },
  }))
  const rules = { size: 2, perExercise: true, seed: 9, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(workshop, people, rules)
  if (!planned.ok) throw new Error(planned.message.id)
  return planned.roster
}

describe('the console’s grouping rules', () => {
  it('keeps two people apart by drawing the groups again from the same seed', () => {
    const arrange = vi.fn(() => Promise.resolve(true))
    renderWithIntl(<GroupingRulesPanel roster={rosterOf(8)} arrange={arrange} />)
    fireEvent.change(screen.getByLabelText('Keep apart: first person'), {
      target: { value: 'p2' },
    })
    fireEvent.change(screen.getByLabelText('Keep apart: second person'), {
      target: { value: 'p5' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Keep apart' }))
    expect(arrange).toHaveBeenCalledWith({
      people: expect.any(Array) as unknown,
      rules: expect.objectContaining({ apart: [['p2', 'p5']], together: [] }) as unknown,
      seed: 9,
    })
  })

  it('says why a pair cannot be kept, and draws nothing', () => {
    const arrange = vi.fn(() => Promise.resolve(true))
    const roster = rosterOf(8)
    renderWithIntl(
      <GroupingRulesPanel
        roster={{ ...roster, rules: { ...roster.rules, apart: [['p0', 'p1']] } }}
        arrange={arrange}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Keep together' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Name 1 and Name 2 are kept apart; take that rule off first.',
    )
    expect(arrange).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Stop keeping Name 1 and Name 2 apart' }))
    expect(arrange).toHaveBeenCalledWith(
      expect.objectContaining({ rules: expect.objectContaining({ apart: [] }) as unknown }),
    )
  })

  it('mixes by a column the roster brought in', () => {
    const arrange = vi.fn(() => Promise.resolve(true))
    renderWithIntl(<GroupingRulesPanel roster={rosterOf(8)} arrange={arrange} />)
    fireEvent.change(screen.getByLabelText('Mix each group by'), { target: { value: 'stage' } })
    expect(arrange).toHaveBeenCalledWith(
      expect.objectContaining({ rules: expect.objectContaining({ mixBy: 'stage' }) as unknown }),
    )
  })

  it('starts a new roster from the workshop’s pairing', () => {
    const arrange = vi.fn(() => Promise.resolve(true))
    const { unmount } = renderWithIntl(
      <RosterForm roster={null} arrange={arrange} pairing="onePartner" />,
    )
    const box = () => screen.getByRole<HTMLInputElement>('checkbox', { name: /New partners/ })
    expect(box().checked).toBe(false)
    unmount()
    renderWithIntl(<RosterForm roster={null} arrange={arrange} pairing="newPartners" />)
    expect(box().checked).toBe(true)
  })
})
