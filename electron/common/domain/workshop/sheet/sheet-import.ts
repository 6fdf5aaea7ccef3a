import type { z } from 'zod'
import { messageRef, type MessageRef } from '../../../i18n/message-ref'
import { describeIssuesIn, type IssueTranslator } from '../../validation-words'
import { freshId } from '../edit/fresh-id'
import { newBlock } from '../edit/new-items'
import {
  CURRENT_SCHEMA_VERSION,
  MAX_AGENDA_ITEMS,
  workshopSchema,
  type AgendaItem,
  type Break,
  type Exercise,
  type Grouping,
  type Phase,
  type Workshop,
} from '../schema'
import type { SheetField, SheetMapping } from './sheet-mapping'
import type { SheetRow, SheetTable } from './sheet-table'
import {
  formatClockTime,
  readClockTime,
  readGrouping,
  readLines,
  readMinutes,
} from './sheet-values'

/** A row that could not be read, by its number in the spreadsheet, and why. */
export interface RowProblem {
  row: number
  reason: MessageRef
}

/**
 * What a sheet becomes under a mapping: the workshop to add, and the rows left out. When it makes
 * no workshop, why; for a workshop the schema refuses, with the schema's issues (see
 * {@link describeSheetRefusal}).
 */
export type SheetImport =
  | { ok: true; workshop: Workshop; problems: RowProblem[] }
  | { ok: false; message: MessageRef; issues?: readonly z.core.$ZodIssue[]; problems: RowProblem[] }

/** Why a sheet makes no workshop, in the language of `t`, naming each field the schema refuses. */
export function describeSheetRefusal(
  t: IssueTranslator,
  failure: Extract<SheetImport, { ok: false }>,
): string {
  const { id, values } = failure.message
  if (failure.issues === undefined) return t.formatMessage({ id }, values)
  return t.formatMessage({ id }, { ...values, issues: describeIssuesIn(t, failure.issues) })
}

const MAX_PHASES = 20
const MAX_TITLE = 120
const MAX_PROMPTS = 12
const BREAK_TITLE = /\b(break|lunch|coffee|tea|pause|recess)\b/i

type Cells = (field: SheetField) => string

/** One row as far as it could be read, before it joins an exercise or becomes a break. */
interface RowReading {
  title: string
  isBreak: boolean
  continues: boolean
  minutes: number
  startMinute: number | null
  phase: Phase
  notes: string[]
  purpose: string
}

function cellsOf(row: SheetRow, mapping: SheetMapping): Cells {
  return (field) => {
    const index = mapping[field]
    return index === undefined ? '' : (row.cells[index] ?? '').trim()
  }
}

function isBreakRow(cell: Cells): boolean {
  const kind = cell('kind').toLowerCase()
  if (kind !== '') return /^(break|pause|lunch)$/.test(kind)
  return BREAK_TITLE.test(cell('title')) && cell('phase') === '' && cell('prompts') === ''
}

/** The row's length: its own duration, else end minus start, else until the next row's start. */
function minutesOf(
  cell: Cells,
  nextStart: number | null,
): { minutes: number } | { reason: MessageRef } {
  if (cell('duration') !== '') {
    const read = readMinutes(cell('duration'))
    return read.ok ? { minutes: read.value } : { reason: read.reason }
  }
  if (cell('start') === '') return { reason: messageRef('import.reason.noDuration') }
  const start = readClockTime(cell('start'))
  if (!start.ok) return { reason: start.reason }
  let end = nextStart
  if (cell('end') !== '') {
    const read = readClockTime(cell('end'))
    if (!read.ok) return { reason: read.reason }
    end = read.value
  }
  if (end === null) return { reason: messageRef('import.reason.noEnd') }
  // An end before the start crosses midnight.
  const minutes = (end - start.value + 1440) % 1440
  return minutes === 0 || minutes > 600
    ? { reason: messageRef('import.reason.runs', { minutes }) }
    : { minutes }
}

function readRow(
  cell: Cells,
  nextStart: number | null,
  hasCurrent: boolean,
): RowReading | { reason: MessageRef } {
  const title = cell('title')
  const continues = title === '' && hasCurrent
  if (title === '' && !continues) return { reason: messageRef('import.reason.noTitle') }
  if (title.length > MAX_TITLE)
    return { reason: messageRef('import.reason.titleTooLong', { max: MAX_TITLE }) }
  const length = minutesOf(cell, nextStart)
  if ('reason' in length) return length
  let grouping: Grouping = 'wholeRoom'
  if (cell('grouping') !== '') {
    const read = readGrouping(cell('grouping'))
    if (!read.ok) return { reason: read.reason }
    grouping = read.value
  }
  const prompts = readLines(cell('prompts'))
  if (prompts.length > MAX_PROMPTS)
    return { reason: messageRef('import.reason.tooManyPrompts', { max: MAX_PROMPTS }) }
  const start = cell('start') === '' ? null : readClockTime(cell('start'))
  return {
    title,
    isBreak: !continues && isBreakRow(cell),
    continues,
    minutes: length.minutes,
    startMinute: start?.ok === true ? start.value : null,
    phase: {
      label: (cell('phase') || title || 'Phase').slice(0, 120),
      minutes: length.minutes,
      grouping,
      prompts,
      advancesAutomatically: false,
    },
    notes: readLines(cell('note')),
    purpose: cell('purpose'),
  }
}

function newExerciseFrom(reading: RowReading, id: string): Exercise {
  return {
    kind: 'exercise',
    id,
    title: reading.title,
    focusAreaId: null,
    guideActivity: null,
    purpose: reading.purpose || reading.title,
    format: [reading.phase.grouping],
    materials: [],
    facilitatorNotes: reading.notes,
    guideTypicalMinutes: null,
    flexible: true,
    optional: false,
    phases: [reading.phase],
    worksheet: { blocks: [newBlock('lines')] },
  }
}

function newBreakFrom(reading: RowReading, id: string): Break {
  const note = reading.notes.join('\n')
  return {
    kind: 'break',
    id,
    title: reading.title,
    minutes: reading.minutes,
    roomText: reading.phase.prompts.join('\n'),
    ...(note === '' ? {} : { note }),
  }
}

function nextStartAfter(
  rows: readonly SheetRow[],
  from: number,
  mapping: SheetMapping,
): number | null {
  for (const row of rows.slice(from + 1)) {
    const start = cellsOf(row, mapping)('start')
    if (start === '') continue
    const read = readClockTime(start)
    return read.ok ? read.value : null
  }
  return null
}

/**
 * Turns a sheet's rows into a workshop under a mapping. Each row is an exercise or a break; a row
 * without a title adds a phase to the exercise above it (so an export's multi-phase exercises
 * read back whole). Rows that cannot be read are left out and listed with their reasons; empty
 * rows are passed over. Pure: nothing is written until the facilitator confirms.
 */
export function sheetToWorkshop(
  table: SheetTable,
  mapping: SheetMapping,
  title: string,
): SheetImport {
  const problems: RowProblem[] = []
  const items: AgendaItem[] = []
  let current: Exercise | null = null
  let plannedStart: string | null = null
  if (mapping.title === undefined)
    return { ok: false, message: messageRef('import.message.chooseTitle'), problems }
  table.rows.forEach((row, index) => {
    const cell = cellsOf(row, mapping)
    if (row.cells.every((value) => value.trim() === '')) return
    const reading = readRow(cell, nextStartAfter(table.rows, index, mapping), current !== null)
    if ('reason' in reading) {
      problems.push({ row: row.number, reason: reading.reason })
      return
    }
    if (items.length === 0 && reading.startMinute !== null)
      plannedStart = formatClockTime(reading.startMinute)
    if (reading.continues && current !== null) {
      if (current.phases.length >= MAX_PHASES) {
        problems.push({
          row: row.number,
          reason: messageRef('import.reason.tooManyPhases', { max: MAX_PHASES }),
        })
        return
      }
      current.phases.push(reading.phase)
      if (!current.format.includes(reading.phase.grouping))
        current.format.push(reading.phase.grouping)
      current.facilitatorNotes.push(...reading.notes)
      return
    }
    if (items.length >= MAX_AGENDA_ITEMS) {
      problems.push({
        row: row.number,
        reason: messageRef('import.reason.tooManyItems', { max: MAX_AGENDA_ITEMS }),
      })
      return
    }
    const id = freshId(
      reading.title,
      items.map((item) => item.id),
    )
    if (reading.isBreak) {
      items.push(newBreakFrom(reading, id))
      current = null
    } else {
      current = newExerciseFrom(reading, id)
      items.push(current)
    }
  })
  if (items.length === 0)
    return { ok: false, message: messageRef('import.message.noRows'), problems }
  const workshop = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: title.trim().slice(0, 160) || 'Imported agenda',
    subtitle: '',
    description: '',
    audience: '',
    credits: [],
    plannedStart,
    roomTheme: 'dark',
    // A sheet says nothing of how people pair up: new partners each exercise, as a new workshop.
    pairing: 'newPartners',
    warningSeconds: 60,
    focusAreas: [],
    exercises: items,
  } satisfies Workshop
  // The rows were checked one by one; this catches what only the whole can break (a note too long).
  const checked = workshopSchema.safeParse(workshop)
  if (!checked.success)
    return {
      ok: false,
      message: messageRef('import.message.invalid'),
      issues: checked.error.issues,
      problems,
    }
  return { ok: true, workshop: checked.data, problems }
}
