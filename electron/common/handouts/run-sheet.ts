import type { Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { translatorFor } from '../i18n/translator'
import type { AgendaItem, Break, Exercise, Workshop } from '../domain/workshop/schema'
import { planAgenda, type AgendaLine } from '../domain/workshop/schedule'
import type { Translator } from '../i18n/translator'
import { describeSpan, formatPlannedTime } from './agenda'
import type { HandoutOptions } from './options'
import type { PageMarks } from './page-marks'
import { buildChecklist } from './checklist'
import { buildLatePlan } from './late-plan'
import {
  collectMaterials,
  countUnits,
  DEFAULT_PARTICIPANTS,
  fitMaterialToPaper,
  PEOPLE_PER_TABLE,
} from './materials'
import { estimateTextHeight, fitsOnOnePage, keepTogether } from './page-fit'
import { buildRoomLayouts } from './room-layout'
import { compactTableLayout } from './table-layout'
import type { HandoutTheme } from './theme'
import { describeGroupingIn } from './grouping-words'
import { formatLength, formatMinutes, say } from './wording'

/** Where an exercise's table ran onto a new page: the row at its top, and that page. */
export interface RunOn {
  row: number
  page: number
}

/** What earlier printings found out about the run sheet's pages, for the next printing. */
export interface RunSheetPlacing {
  /** Each exercise's first page in the pack, by its position among the exercises. */
  packPages?: readonly (number | undefined)[]
  /**
   * For each exercise, the rows of its table that a printing found at the top of a new page, in
   * order: the table is cut at each and every part after a cut set under its heading marked
   * "(continued)".
   */
  runOns?: readonly (readonly RunOn[] | undefined)[]
  /** Marks to learn where each row lands (see {@link findRunOns}). */
  marks?: PageMarks
}

/**
 * The facilitator's run sheet: the day at a glance, one materials checklist, then every
 * exercise with clock times per phase, prompts and notes, set compactly to fit few pages.
 */
export function buildRunSheet(
  source: Workshop,
  options: HandoutOptions,
  theme: HandoutTheme,
  placing: RunSheetPlacing = {},
): Content[] {
  const { packPages = [], runOns = [], marks } = placing
  const workshop = fitToPaper(source, options.paper)
  const agenda = planAgenda(workshop)
  const { intl } = theme
  return [
    { text: say(intl, 'print.runSheet.kicker'), style: 'kicker', margin: [0, 0, 0, 3] },
    { text: workshop.title, style: 'title', margin: [0, 0, 0, 3] },
    { text: describeSpan(workshop, intl), style: 'small', margin: [0, 0, 0, 6] },
    buildDetailsLine(options, theme),
    buildOverview(workshop, agenda, theme),
    buildMaterialsChecklist(workshop, options.participants ?? DEFAULT_PARTICIPANTS, theme),
    ...buildRoomLayouts(workshop, agenda, theme, translatorFor(workshop.language ?? 'en')),
    ...buildLatePlan(workshop, theme),
    ...agenda.map((line, index) =>
      line.item.kind === 'break'
        ? buildBreakSection(workshop, line, line.item, theme)
        : buildExerciseSection(workshop, line, line.item, theme, {
            number: exerciseNumber(agenda, index),
            packPage: packPages[exerciseNumber(agenda, index)],
            runOns: runOns[exerciseNumber(agenda, index)] ?? [],
            next: agenda[index + 1]?.item,
            marks,
          }),
    ),
  ]
}

/** The page mark on row `row` of exercise `number`'s table. */
function rowMark(number: number, row: number): string {
  return `run-sheet-${String(number)}-row-${String(row)}`
}

/**
 * After a printing with `marks`, the rows of each exercise's table that opened a new page (the
 * row before ended on an earlier one), in order: where pdfmake would repeat the heading
 * unchanged, however many pages a long section runs over. A `previous` cut stays while the part
 * after it starts on the page it was found on. A cut always breaks the page, so one whose part
 * moved (what came before grew or shrank) is dropped with every row after it, for the next
 * printing to find again.
 */
export function findRunOns(
  exerciseCount: number,
  marks: PageMarks,
  previous: readonly (readonly RunOn[] | undefined)[],
): RunOn[][] {
  return Array.from({ length: exerciseCount }, (_, number) => {
    const kept = previous[number] ?? []
    const pageOf = (key: string) => marks.placeOf(key)?.page
    const found: RunOn[] = []
    // From the column heads on: the heading's own mark follows it when pdfmake repeats it.
    for (let row = 2; ; row += 1) {
      const start = pageOf(rowMark(number, row))
      if (start === undefined) return found
      const cut = kept.find((runOn) => runOn.row === row)
      if (cut !== undefined) {
        if (start !== cut.page) return found
        found.push(cut)
        continue
      }
      const ends = [0, 1, 2].map((column) =>
        pageOf(`${rowMark(number, row - 1)}-end-${String(column)}`),
      )
      if (start > Math.max(...ends.filter((page) => page !== undefined))) {
        found.push({ row, page: start })
      }
    }
  })
}

/** The position among the exercises (not breaks) of the agenda line at `index`. */
function exerciseNumber(agenda: readonly AgendaLine[], index: number): number {
  return agenda.slice(0, index).filter((line) => line.item.kind === 'exercise').length
}

/** The words that close an exercise and open the next, so the room moves on without a screen. */
function describeTransition(next: AgendaItem | undefined, intl: Translator): string {
  if (next === undefined) return say(intl, 'print.runSheet.close')
  if (next.kind === 'break') {
    return say(intl, 'print.runSheet.sayBreak', { length: formatLength(intl, next.minutes) })
  }
  const first = next.phases[0]
  if (first === undefined) return say(intl, 'print.runSheet.sayNext', { title: next.title })
  return say(intl, 'print.runSheet.sayNextGrouping', {
    title: next.title,
    grouping: describeGroupingIn(intl, first.grouping),
  })
}

/** The workshop with every material named for the paper the run sheet is printed on. */
function fitToPaper(workshop: Workshop, paper: HandoutOptions['paper']): Workshop {
  return {
    ...workshop,
    exercises: workshop.exercises.map((item) =>
      item.kind === 'exercise'
        ? { ...item, materials: item.materials.map((text) => fitMaterialToPaper(text, paper)) }
        : item,
    ),
  }
}

function buildDetailsLine(options: HandoutOptions, theme: HandoutTheme): Content {
  const blank = theme.largePrint ? '____________' : '____________________'
  const part = (label: string, value: string | undefined) => [
    { text: say(theme.intl, 'print.details.labelled', { label }), bold: true },
    { text: value === undefined || value === '' ? blank : value, color: theme.ink },
    { text: '     ' },
  ]
  return {
    text: [
      ...part(say(theme.intl, 'print.details.date'), options.date),
      ...part(say(theme.intl, 'print.details.facilitator'), options.facilitator),
      ...part(say(theme.intl, 'print.details.place'), options.place),
    ],
    margin: [0, 0, 0, 10],
  }
}

function buildOverview(workshop: Workshop, agenda: AgendaLine[], theme: HandoutTheme): Content {
  const { intl } = theme
  const heads = [
    'print.runSheet.start',
    'print.runSheet.end',
    'print.runSheet.item',
    'print.runSheet.phases',
    'print.runSheet.total',
  ] as const
  const body: TableCell[][] = [heads.map((id) => ({ text: say(intl, id), style: 'tableHead' }))]
  const areaTitles = new Map(workshop.focusAreas.map((area) => [area.id, area.title]))
  let currentArea: string | null = null
  for (const line of agenda) {
    const { item } = line
    // A band names each focus area where its exercises begin, as on the participants' agenda.
    if (item.kind === 'exercise' && item.focusAreaId !== null && item.focusAreaId !== currentArea) {
      currentArea = item.focusAreaId
      body.push([
        {
          text: areaTitles.get(item.focusAreaId) ?? item.focusAreaId,
          colSpan: 5,
          style: 'strong',
          fillColor: theme.softTint,
        },
        { text: '' },
        { text: '' },
        { text: '' },
        { text: '' },
      ])
    }
    body.push([
      { text: formatPlannedTime(workshop, line.startMinute, intl), noWrap: true },
      { text: formatPlannedTime(workshop, line.startMinute + line.minutes, intl), noWrap: true },
      {
        text: [
          { text: item.title, style: item.kind === 'break' ? 'emphasis' : 'strong' },
          ...(item.kind === 'exercise' && item.optional
            ? [{ text: `  ${say(intl, 'print.optional')}`, style: 'small' }]
            : []),
        ],
      },
      {
        text:
          item.kind === 'break'
            ? ''
            : item.phases
                .map((phase) => `${phase.label} ${formatMinutes(phase.minutes, intl)}`)
                .join(' · '),
        style: 'small',
      },
      { text: formatLength(intl, line.minutes), noWrap: true, alignment: 'right' },
    ])
  }
  const rowsFit = agenda.every((line) =>
    fitsOnOnePage(
      line.item.kind === 'break'
        ? 0
        : estimateTextHeight(
            line.item.phases.map((phase) => `${phase.label} 00 · `).join(''),
            theme.small,
            150,
          ) + estimateTextHeight(line.item.title, theme.body, 150),
      theme,
    ),
  )
  return {
    table: {
      headerRows: 1,
      dontBreakRows: rowsFit,
      widths: ['auto', 'auto', theme.largePrint ? '*' : 150, theme.largePrint ? 150 : '*', 'auto'],
      body,
    },
    layout: compactTableLayout(theme),
  }
}

function buildMaterialsChecklist(
  workshop: Workshop,
  participants: number,
  theme: HandoutTheme,
): Content {
  const units = countUnits(participants)
  const { intl } = theme
  const optional = say(intl, 'print.optional')
  const heading: Content = {
    stack: [
      { text: say(intl, 'print.materials.title'), style: 'heading' },
      {
        text: say(intl, 'print.materials.quantities', {
          participants,
          pairs: units.pair,
          tables: units.table,
          perTable: PEOPLE_PER_TABLE,
        }),
        style: 'small',
        margin: [0, 2, 0, 0],
      },
    ],
    margin: [0, 14, 0, 6],
  }
  const entries = collectMaterials(workshop, participants).map((material) => {
    const rate =
      material.rate === undefined
        ? ''
        : say(intl, 'print.materials.rate', {
            count: material.rate.count,
            unit: material.rate.unit,
          })
    const amount =
      material.total === undefined ? '' : `${intl.formatNumber(material.total)} (${rate})`
    const used = `   ${intl.formatList(material.usedIn, { type: 'unit' })}`
    return {
      content: {
        text: [
          ...(amount === '' ? [] : [{ text: `${amount}  `, style: 'strong' }]),
          { text: material.name },
          ...(material.isOptional ? [{ text: `  ${optional}`, style: 'emphasis' }] : []),
          { text: used, style: 'small' },
        ],
      } satisfies Content,
      height: estimateTextHeight(
        `${amount}  ${material.name}  ${optional}${used}`,
        theme.body,
        theme.contentWidth - 20,
      ),
    }
  })
  return buildChecklist(heading, entries, theme)
}

function buildExerciseSection(
  workshop: Workshop,
  line: AgendaLine,
  exercise: Exercise,
  theme: HandoutTheme,
  around: {
    number: number
    packPage: number | undefined
    runOns: readonly RunOn[]
    next: AgendaItem | undefined
    marks: PageMarks | undefined
  },
): Content {
  const phaseWidth = theme.largePrint ? 130 : 104
  // A generous guess at the prompts column: the page less the phase and time columns.
  const promptWidth = theme.contentWidth - phaseWidth - (theme.largePrint ? 78 : 52) - 30
  const { intl } = theme
  const body: TableCell[][] = [
    (['print.runSheet.time', 'print.runSheet.phase', 'print.runSheet.prompts'] as const).map(
      (id) => ({ text: say(intl, id), style: 'tableHead' }),
    ),
  ]
  const rowHeights: number[] = []
  const headHeight =
    estimateTextHeight(exercise.title, theme.body * 1.05, theme.contentWidth - 160) +
    theme.small * 2 +
    12
  // Rows that go on with the phase above them: no rule between, and where a printing finds one
  // opening a page, the phase's time and name are set again at its side (see `reopened`).
  const goesOn = new Set<number>()
  const reopened = new Map<number, TableCell[]>()
  let minute = line.startMinute
  for (const phase of exercise.phases) {
    const detail = `${formatMinutes(phase.minutes, intl)} min · ${describeGroupingIn(intl, phase.grouping)}`
    const time = (): TableCell => ({
      text: formatPlannedTime(workshop, minute, intl),
      noWrap: true,
    })
    // pdfmake writes its layout into each node, so every row gets cells of its own.
    const name = (): TableCell => ({
      stack: [
        { text: phase.label, style: 'strong' },
        { text: detail, style: 'small' },
      ],
    })
    const nameHeight =
      estimateTextHeight(phase.label, theme.body, phaseWidth - 8) + theme.small * 2.5
    const promptHeights = phase.prompts.map((prompt) =>
      estimateTextHeight(prompt, theme.body, promptWidth),
    )
    const wholeHeight = Math.max(
      nameHeight,
      promptHeights.reduce((sum, height) => sum + height, 0),
    )
    if (phase.prompts.length < 2 || fitsOnOnePage(headHeight + wholeHeight + 8, theme)) {
      body.push([
        time(),
        name(),
        phase.prompts.length === 0 ? { text: '' } : { ul: [...phase.prompts] },
      ])
      rowHeights.push(wholeHeight + 8)
    } else {
      // A phase too tall to keep whole (long prompts in large print) takes a row per prompt, so
      // the table breaks between prompts, never inside one, and can be cut there like any row.
      phase.prompts.forEach((prompt, index) => {
        const side: TableCell[] = index === 0 ? [time(), name()] : [{ text: '' }, { text: '' }]
        if (index > 0) {
          // Counted with the heading row that goes in front of the column heads below.
          goesOn.add(body.length + 1)
          reopened.set(body.length + 1, [time(), name(), { ul: [prompt] }])
        }
        body.push([...side, { ul: [prompt] }])
        rowHeights.push(Math.max(index === 0 ? nameHeight : 0, promptHeights[index] ?? 0) + 8)
      })
    }
    minute += phase.minutes
  }
  const flags = [
    ...(exercise.optional ? [say(intl, 'print.runSheet.optional')] : []),
    say(intl, exercise.flexible ? 'print.runSheet.flexible' : 'print.runSheet.fixedLength'),
  ].join(', ')
  // A page the section runs onto is headed as the first, the title marked "(continued)": never
  // shorter than the heading pdfmake repeated there, so what came after a cut moves, if at all,
  // down, and the next printing finds it (see findRunOns).
  const buildHeading = (title: string): Content => ({
    text: [
      {
        text: `${formatPlannedTime(workshop, line.startMinute, intl)}–${formatPlannedTime(workshop, line.startMinute + line.minutes, intl)}   `,
        color: theme.muted,
      },
      { text: title, style: 'strong' },
      { text: `   ${formatLength(intl, line.minutes)}, ${flags}`, style: 'small' },
      ...(around.packPage === undefined
        ? []
        : [
            {
              text: `   ${say(intl, 'print.runSheet.packPage', { page: around.packPage })}`,
              style: 'small',
            },
          ]),
      ...(exercise.guideActivity === null || exercise.guideActivity.trim() === ''
        ? []
        : [
            {
              text: `   ${say(intl, 'print.runSheet.adapts', { activity: exercise.guideActivity })}`,
              style: 'small',
            },
          ]),
    ],
    style: 'label',
    margin: [0, 0, 0, 2],
  })
  const columnCount = 3
  const noBorder = (): TableCell => ({ text: '', border: [false, false, false, false] })
  // The heading rides in the table as a header row: it stays with the first phase whenever that
  // phase surely fits on one page, and a page the table runs onto repeats it (see the cut below).
  const headingRow = (title: string): TableCell[] => [
    {
      stack: [buildHeading(title)],
      colSpan: columnCount,
      border: [false, false, false, false],
    },
    ...Array.from({ length: columnCount - 1 }, noBorder),
  ]
  // Row numbers above count from the column heads; the heading row goes in front of them.
  body.unshift(headingRow(exercise.title))
  const firstFits = fitsOnOnePage(headHeight + (rowHeights[0] ?? 0), theme)
  // Notes and materials are rows of the same table, so a page they run onto still has the
  // exercise's heading at its top; each note is its own row, so the list breaks between notes.
  const phaseRows = body.length
  const span = (content: Content, top: number): TableCell[] => [
    { stack: [content], colSpan: columnCount, margin: [0, top, 0, 0] },
    ...Array.from({ length: columnCount - 1 }, (): TableCell => ({ text: '' })),
  ]
  const spans: { parts: Content[]; top: number; height: number }[] = []
  exercise.facilitatorNotes.forEach((note, index) => {
    const item: Content = { ul: [note] }
    spans.push({
      parts: index === 0 ? [{ text: say(intl, 'print.notes'), style: 'strong' }, item] : [item],
      top: index === 0 ? 4 : 0,
      height:
        estimateTextHeight(note, theme.body, theme.contentWidth - 20) +
        (index === 0 ? theme.body * 2 : 4),
    })
  })
  if (exercise.materials.length > 0) {
    const label = say(intl, 'print.runSheet.materials')
    const materials = `${label}${exercise.materials.join('; ')}`
    spans.push({
      parts: [
        { text: [{ text: label, style: 'strong' }, { text: exercise.materials.join('; ') }] },
      ],
      top: 2,
      height: estimateTextHeight(materials, theme.body, theme.contentWidth - 8) + 6,
    })
  }
  // The words for the transition share the last row above them, so a page the section runs
  // onto never holds them alone under the heading marked "(continued)".
  const transition = describeTransition(around.next, intl)
  const transitionHeight = estimateTextHeight(transition, theme.body, theme.contentWidth - 8) + 6
  const last = spans.at(-1)
  if (last === undefined) {
    spans.push({
      parts: [{ text: transition, style: 'emphasis' }],
      top: 2,
      height: transitionHeight,
    })
  } else {
    last.parts.push({ text: transition, style: 'emphasis', margin: [0, 4, 0, 0] })
    last.height += transitionHeight
  }
  for (const { parts, top, height } of spans) {
    body.push(span(parts.length === 1 ? (parts[0] ?? '') : { stack: parts }, top))
    rowHeights.push(height)
  }
  const layout = compactTableLayout(theme, 1)
  const rowsWhole = rowHeights.every((height) => fitsOnOnePage(headHeight + height, theme))
  const { marks, number } = around
  const runOns = rowsWhole ? around.runOns.map((runOn) => runOn.row) : []
  // A run-on at the first phase leaves the heading and column heads alone at a page's foot.
  const startsPage = runOns.some((row) => row <= 2)
  const cuts = runOns.filter((row) => row > 2)
  // A page that opens inside a phase names the phase (and its time) again beside its prompts.
  for (const cut of cuts) {
    const reopen = reopened.get(cut)
    if (reopen !== undefined) body[cut] = reopen
  }
  const marked =
    marks === undefined
      ? body
      : body.map((row, index) =>
          markRow(row, (suffix) => marks.mark(`${rowMark(number, index)}${suffix}`)),
        )
  // pdfmake repeats a header row unchanged, so where a printing found the table running onto a
  // new page it is cut, and the rest goes on that page under the heading marked "(continued)",
  // as often as the section runs onto another page.
  // Only rows kept whole are cut between, so the first part ends where it did; a table whose
  // rows may break (large print, a long phase) still repeats its heading unchanged. A cut that
  // would leave the heading alone at a page's foot moves the whole section instead.
  const buildTable = (rows: TableCell[][], toBody: (row: number) => number): ContentTable => ({
    table: {
      // Only the exercise's heading repeats on a page the table runs onto; the column heads
      // stay with the first phase, never above a page of notes alone.
      headerRows: 1,
      keepWithHeaderRows: toBody(1) === 1 && firstFits ? 2 : undefined,
      dontBreakRows: rowsWhole,
      // The clock column as wide as its longest time ("10:05 AM") needs, never running into the
      // phase's name; pdfmake also gives it a share of the heading that spans the row.
      widths: ['auto', phaseWidth, '*'],
      body: rows,
    },
    layout: {
      ...layout,
      // No rules between the notes: they read as one list under the phases.
      hLineWidth: (index: number, node) => {
        const row = toBody(index)
        // Nor between the prompts of one phase set as rows of their own.
        const isInside = (row > phaseRows && row < body.length) || goesOn.has(row)
        return isInside && index > 0 ? 0 : (layout.hLineWidth?.(row, node) ?? 0)
      },
      fillColor: (index: number) => (toBody(index) === 1 ? theme.tint : null),
      paddingTop: (index: number, node) =>
        toBody(index) >= phaseRows || goesOn.has(toBody(index))
          ? 1
          : (layout.paddingTop?.(index, node) ?? 0),
      paddingBottom: (index: number, node) =>
        toBody(index) >= phaseRows || goesOn.has(toBody(index) + 1)
          ? 1
          : (layout.paddingBottom?.(index, node) ?? 0),
    } satisfies CustomTableLayout,
  })
  const ends = [...cuts, marked.length]
  const parts = [0, ...cuts].map((from, part): Content => {
    const rows = marked.slice(from, ends[part])
    if (part === 0) return buildTable(rows, (row) => row)
    const heading = headingRow(say(intl, 'print.continued', { label: exercise.title }))
    return {
      ...buildTable([heading, ...rows], (row) => (row === 0 ? 0 : row + from - 1)),
      pageBreak: 'before',
    }
  })
  return { stack: parts, margin: [0, 12, 0, 0], pageBreak: startsPage ? 'before' : undefined }
}

/**
 * A table row with a mark first in its first cell and one last in each cell it fills, so a
 * printing tells the page the row starts on and the page it ends on. Spans and borders stay.
 */
function markRow(row: TableCell[], mark: (suffix: string) => Content): TableCell[] {
  let covered = 0
  return row.map((cell, column) => {
    if (covered > 0) {
      covered -= 1
      return cell
    }
    const { colSpan, border } = cell as { colSpan?: number; border?: TableCell['border'] }
    covered = (colSpan ?? 1) - 1
    const start = column === 0 ? [mark('')] : []
    return { stack: [...start, cell as Content, mark(`-end-${String(column)}`)], colSpan, border }
  })
}

function buildBreakSection(
  workshop: Workshop,
  line: AgendaLine,
  pause: Break,
  theme: HandoutTheme,
): Content {
  const parts: Content[] = [
    {
      text: [
        {
          text: `${formatPlannedTime(workshop, line.startMinute, theme.intl)}–${formatPlannedTime(workshop, line.startMinute + line.minutes, theme.intl)}   `,
          color: theme.muted,
        },
        { text: pause.title, style: ['strong', 'emphasis'] },
        { text: `   ${formatLength(theme.intl, line.minutes)}`, style: 'small' },
      ],
      style: 'label',
    },
  ]
  if (pause.note !== undefined && pause.note.trim() !== '') {
    parts.push({ text: pause.note, margin: [0, 2, 0, 0] })
  }
  const height = estimateTextHeight(
    `${pause.title} ${pause.note ?? ''}`,
    theme.body * 1.05,
    theme.contentWidth,
  )
  return { stack: [keepTogether(parts, height + theme.body * 2, theme)], margin: [0, 12, 0, 0] }
}
