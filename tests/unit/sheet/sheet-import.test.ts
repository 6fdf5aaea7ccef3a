import fc from 'fast-check'
import { itemMinutes } from '@common/domain/workshop/schedule'
import type { Workshop } from '@common/domain/workshop/schema'
import { readCsvCells, writeCsvText } from '@common/domain/workshop/sheet/csv-text'
import { agendaSheetRows } from '@common/domain/workshop/sheet/sheet-export'
import {
  describeSheetRefusal,
  sheetToWorkshop,
  type RowProblem,
} from '@common/domain/workshop/sheet/sheet-import'
import { guessMapping } from '@common/domain/workshop/sheet/sheet-mapping'
import { splitHeader, type SheetCells } from '@common/domain/workshop/sheet/sheet-table'
import { translatorFor } from '@common/i18n/translator'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { inEnglish } from '../../support/in-english'

function inEnglishProblems(problems: readonly RowProblem[]) {
  return problems.map(({ row, reason }) => ({ row, reason: inEnglish(reason) }))
}

function importCells(cells: SheetCells, title = 'Imported') {
  const table = splitHeader(cells)
  return sheetToWorkshop(table, guessMapping(table.headers), title)
}

function imported(cells: SheetCells): Workshop {
  const result = importCells(cells)
  if (!result.ok) throw new Error(inEnglish(result.message))
  expect(result.problems).toEqual([])
  return result.workshop
}

/** What a round trip must keep: titles, kinds, phases, minutes, groupings, prompts and notes. */
function agendaOf(workshop: Workshop) {
  return workshop.exercises.map((item) =>
    item.kind === 'break'
      ? { title: item.title, minutes: item.minutes, roomText: item.roomText, note: item.note ?? '' }
      : {
          title: item.title,
          purpose: item.purpose,
          notes: item.facilitatorNotes,
          phases: item.phases.map((p) => ({
            label: p.label,
            minutes: p.minutes,
            grouping: p.grouping,
            prompts: p.prompts,
          })),
        },
  )
}

const asText = (rows: (string | number)[][]): SheetCells => rows.map((row) => row.map(String))

describe('an agenda sheet round trip', () => {
  it('reads the built-in workshop back from its rows unchanged', () => {
    const builtin = loadBuiltinWorkshop()
    const back = imported(asText(agendaSheetRows(builtin)))
    expect(agendaOf(back)).toEqual(agendaOf(builtin))
    expect(back.plannedStart).toBe(builtin.plannedStart)
  })

  it('reads the built-in workshop back through CSV text', () => {
    const builtin = loadBuiltinWorkshop()
    const back = imported(readCsvCells(writeCsvText(agendaSheetRows(builtin))))
    expect(agendaOf(back)).toEqual(agendaOf(builtin))
  })

  const line = fc
    .string({ minLength: 1, maxLength: 30 })
    .map((s) => s.replace(/[\r\n]/g, ' ').trim())
    .filter((s) => s !== '')
  const phase = fc.record({
    label: line,
    minutes: fc.integer({ min: 1, max: 60 }),
    grouping: fc.constantFrom('solo', 'pairs', 'trios', 'smallGroups', 'wholeRoom' as const),
    prompts: fc.array(line, { maxLength: 4 }),
    advancesAutomatically: fc.constant(false),
  })
  const item = fc.oneof(
    fc.record({
      kind: fc.constant('exercise' as const),
      title: line,
      purpose: line,
      notes: fc.array(line, { maxLength: 3 }),
      phases: fc.array(phase, { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('break' as const),
      title: line,
      minutes: fc.integer({ min: 1, max: 90 }),
      roomText: line,
      note: line,
    }),
  )

  it('keeps any agenda through CSV', () => {
    const builtin = loadBuiltinWorkshop()
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        const workshop: Workshop = {
          ...builtin,
          focusAreas: [],
          exercises: items.map((it, index) =>
            it.kind === 'break'
              ? {
                  kind: 'break',
                  id: `b${String(index)}`,
                  title: it.title,
                  minutes: it.minutes,
                  roomText: it.roomText,
                  note: it.note,
                }
              : {
                  ...(builtin.exercises.find((e) => e.kind === 'exercise') as Exercise),
                  id: `e${String(index)}`,
                  focusAreaId: null,
                  title: it.title,
                  purpose: it.purpose,
                  facilitatorNotes: it.notes,
                  phases: it.phases,
                  format: [...new Set(it.phases.map((p) => p.grouping))],
                },
          ),
        }
        const back = imported(readCsvCells(writeCsvText(agendaSheetRows(workshop))))
        expect(agendaOf(back)).toEqual(agendaOf(workshop))
      }),
      { numRuns: 60 },
    )
  })
})

type Exercise = Extract<Workshop['exercises'][number], { kind: 'exercise' }>

describe('importing foreign sheets', () => {
  it('reads an Ontime-style export: start and end times, durations, notes', () => {
    const result = importCells([
      ['Cue', 'Title', 'Time Start', 'Time End', 'Duration', 'Note'],
      ['1', 'Welcome', '09:00:00', '09:10:00', '00:10:00', 'Name tags'],
      ['2', 'Speed mentoring', '09:10:00', '09:40:00', '00:30:00', ''],
      ['3', 'Coffee break', '09:40:00', '09:55:00', '00:15:00', ''],
      ['4', 'Wrap-up', '09:55:00', '10:05:00', '', ''],
    ])
    if (!result.ok) throw new Error(inEnglish(result.message))
    const w = result.workshop
    expect(w.plannedStart).toBe('09:00')
    expect(w.exercises.map((i) => [i.kind, i.title, itemMinutes(i)])).toEqual([
      ['exercise', 'Welcome', 10],
      ['exercise', 'Speed mentoring', 30],
      ['break', 'Coffee break', 15],
      ['exercise', 'Wrap-up', 10],
    ])
    expect(w.exercises[0]).toMatchObject({ facilitatorNotes: ['Name tags'] })
  })

  it('takes durations from the next start when there is no end, and passes empty rows over', () => {
    const result = importCells([
      ['Start', 'Activity'],
      ['9:00', 'Opening'],
      ['', ''],
      ['9:20', 'Walk and talk'],
      ['10:00', 'Close'],
    ])
    if (!result.ok) throw new Error(inEnglish(result.message))
    expect(result.workshop.exercises.map((i) => itemMinutes(i))).toEqual([20, 40])
    expect(inEnglishProblems(result.problems)).toEqual([
      { row: 5, reason: 'it has no duration or end time, and no row follows it' },
    ])
  })

  it('finds the header under a merged title row and names empty header cells by their column', () => {
    const table = splitHeader([
      ['Mentoring day, 12 March', '', ''],
      ['Title', 'Minutes', ''],
      ['Opening', '10', 'x'],
    ])
    expect(table.headers).toEqual(['Title', 'Minutes', 'Column C'])
    expect(table.rows).toEqual([{ number: 3, cells: ['Opening', '10', 'x'] }])
  })

  it('lists the rows it cannot read by number with the reason, and keeps the rest', () => {
    const result = importCells([
      ['Title', 'Duration', 'Grouping'],
      ['Opening', '10', 'plenary'],
      ['Talk', 'soon', ''],
      ['', '', ''],
      ['Fishbowl', '20', 'fishbowl'],
      ['Close', '5', ''],
    ])
    expect(result.ok).toBe(true)
    expect(inEnglishProblems(result.problems)).toEqual([
      {
        row: 3,
        reason:
          '“soon” is not a duration: write minutes (“15”), “15 min”, “1 h 30”, “0:15” or “00:15:00”',
      },
      {
        row: 5,
        reason:
          '“fishbowl” is not a grouping: write solo, pairs, trios, small groups or whole room',
      },
    ])
    if (result.ok)
      expect(result.workshop.exercises.map((i) => i.title)).toEqual(['Opening', 'Close'])
  })

  it('says so when no row can be read', () => {
    const result = importCells([
      ['Title', 'Duration'],
      ['Opening', 'later'],
    ])
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(inEnglish(result.message)).toBe('No row could be read as an exercise or a break.')
  })

  it('reads a semicolon CSV with a byte-order mark and decimal commas', () => {
    const w = imported(
      readCsvCells('\uFEFFTitel;Title;Minutes\r\nx;Begrüßung;7,5\r\ny;Café-Pause;10\r\n'),
    )
    expect(w.exercises.map((i) => [i.kind, i.title, itemMinutes(i)])).toEqual([
      ['exercise', 'Begrüßung', 7.5],
      ['break', 'Café-Pause', 10],
    ])
  })

  it('refuses a sheet without a title column in words', () => {
    const result = sheetToWorkshop(
      splitHeader([
        ['a', 'b'],
        ['1', '2'],
      ]),
      {},
      'x',
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(inEnglish(result.message)).toBe('Choose the column that holds the titles.')
  })
})

describe('a sheet that reads but makes no valid workshop', () => {
  const made = importCells([
    ['Title', 'Minutes', 'Purpose'],
    ['Welcome', '10', 'x'.repeat(5000)],
  ])

  it('names the field in English as the format says it', () => {
    if (made.ok) throw new Error('the sheet was taken')
    expect(describeSheetRefusal(translatorFor('en'), made)).toBe(
      'The sheet reads, but not as a valid workshop: exercises[0].purpose: expected a purpose of at most 2000 characters',
    )
  })

  it('names the field in the language of the window that shows it', () => {
    if (made.ok) throw new Error('the sheet was taken')
    expect(describeSheetRefusal(translatorFor('de'), made)).toBe(
      'Die Tabelle lässt sich lesen, aber nicht als gültiger Workshop: exercises[0].purpose: darf höchstens 2.000 Zeichen lang sein',
    )
    expect(describeSheetRefusal(translatorFor('es'), made)).toBe(
      'La hoja se lee, pero no como un taller válido: exercises[0].purpose: debe tener como máximo 2000 caracteres',
    )
  })
})
