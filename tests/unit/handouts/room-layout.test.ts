import { describe, expect, it } from 'vitest'
import { planAgenda } from '@common/domain/workshop/schedule'
import { buildRoomLayouts, findFirstUses } from '@common/handouts/room-layout'
import { createTheme } from '@common/handouts/theme'
import { translatorFor } from '@common/i18n/translator'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const workshop = loadBuiltinWorkshop()
const agenda = planAgenda(workshop)

describe('room layouts on the run sheet', () => {
  it('draws one layout per grouping the day sets the room for, where it is first needed', () => {
    const uses = findFirstUses(agenda)
    const used = new Set(
      workshop.exercises.flatMap((item) =>
        item.kind === 'exercise' ? item.phases.map((phase) => phase.grouping) : [],
      ),
    )
    used.delete('solo')
    expect(new Set(uses.keys())).toEqual(used)
    expect(uses.get('smallGroups')?.title).toBe('Three Project Ideas')
    expect(uses.get('pairs')?.title).toBe(workshop.exercises[0]?.title)
  })

  it('labels the screen, the projector and the facilitator in the workshop language', () => {
    const theme = createTheme({ paper: 'a4', largePrint: false }, true)
    const text = JSON.stringify(buildRoomLayouts(workshop, agenda, theme, translatorFor('fr')))
    expect(text).toContain('Écran')
    expect(text).toContain('Projecteur')
    expect(text).toContain('Binômes')
    expect(text).toContain('Three Project Ideas')
  })

  it('draws nothing for a day spent working alone', () => {
    const theme = createTheme({ paper: 'a4', largePrint: false }, true)
    const solo = agenda.map((line) =>
      line.item.kind === 'exercise'
        ? {
            ...line,
            item: {
              ...line.item,
              phases: line.item.phases.map((phase) => ({ ...phase, grouping: 'solo' as const })),
            },
          }
        : line,
    )
    expect(buildRoomLayouts(workshop, solo, theme, translatorFor('en'))).toEqual([])
  })
})
