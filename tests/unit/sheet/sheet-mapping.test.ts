import { guessMapping } from '@common/domain/workshop/sheet/sheet-mapping'
import { readGrouping } from '@common/domain/workshop/sheet/sheet-values'

describe('guessing the columns of a sheet written in another language', () => {
  it.each([
    [['Título', 'Duración', 'Agrupamiento', 'Notas'], 'Spanish'],
    [['Titre', 'Durée', 'Regroupement', 'Remarques'], 'French'],
    [['Titel', 'Dauer', 'Sozialform', 'Notizen'], 'German'],
  ])('finds %j (%s)', (headers) => {
    expect(guessMapping(headers)).toEqual({ title: 0, duration: 1, grouping: 2, note: 3 })
  })

  it('prefers an English header where both are there', () => {
    expect(guessMapping(['Titel', 'Title', 'Minutes'])).toMatchObject({ title: 1, duration: 2 })
  })

  it.each([
    ['en parejas', 'pairs'],
    ['Binômes', 'pairs'],
    ['Zu zweit', 'pairs'],
    ['tríos', 'trios'],
    ['Dreiergruppen', 'trios'],
    ['en petits groupes', 'smallGroups'],
    ['Kleingruppen', 'smallGroups'],
    ['Todo el grupo', 'wholeRoom'],
    ['plénière', 'wholeRoom'],
    ['Im Plenum', 'wholeRoom'],
    ['allein', 'solo'],
  ])('reads the grouping %j as %s', (cell, grouping) => {
    expect(readGrouping(cell)).toEqual({ ok: true, value: grouping })
  })
})
