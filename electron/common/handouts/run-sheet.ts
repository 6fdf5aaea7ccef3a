import type { Content, TableCell } from 'pdfmake/interfaces'
import { translatorFor } from '../i18n/translator'
import type { AgendaItem, Break, Exercise, Workshop } from '../domain/workshop/schema'
import { formatDuration, planAgenda, type AgendaLine } from '../domain/workshop/schedule'
import { describeSpan, formatPlannedTime } from './agenda'
import type { HandoutOptions } from './options'
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
import { describeGrouping } from '../domain/workshop/grouping-words'
import { formatMinutes } from './wording'

/**
 * The facilitator's run sheet: the day at a glance, one materials checklist, then every
 * exercise with clock times per phase, prompts and notes, set compactly to fit few pages.
 */
export function buildRunSheet(
  source: Workshop,
  options: HandoutOptions,
  theme: HandoutTheme,
  packPages: readonly (number | undefined)[] = [],
): Content[] {
  const workshop = fitToPaper(source, options.paper)
  const agenda = planAgenda(workshop)
  return [
    { text: 'FACILITATOR RUN SHEET', style: 'kicker', margin: [0, 0, 0, 3] },
    { text: workshop.title, style: 'title', margin: [0, 0, 0, 3] },
    { text: describeSpan(workshop), style: 'small', margin: [0, 0, 0, 6] },
    buildDetailsLine(options, theme),
    buildOverview(workshop, agenda, theme),
    buildMaterialsChecklist(workshop, options.participants ?? DEFAULT_PARTICIPANTS, theme),
    ...buildRoomLayouts(workshop, agenda, theme, translatorFor(workshop.language ?? 'en')),
    ...buildLatePlan(workshop, theme),
    ...agenda.map((line, index) =>
      line.item.kind === 'break'
        ? buildBreakSection(workshop, line, line.item, theme)
        : buildExerciseSection(workshop, line, line.item, theme, {
            packPage: packPages[exerciseNumber(agenda, index)],
            next: agenda[index + 1]?.item,
          }),
    ),
  ]
}

/** The position among the exercises (not breaks) of the agenda line at `index`. */
function exerciseNumber(agenda: readonly AgendaLine[], index: number): number {
  return agenda.slice(0, index).filter((line) => line.item.kind === 'exercise').length
}

/** The words that close an exercise and open the next, so the room moves on without a screen. */
function describeTransition(next: AgendaItem | undefined): string {
  if (next === undefined) return 'Close: thank the room and say when and where the pairs meet next.'
  if (next.kind === 'break') {
    return `Say: “Time for a ${formatDuration(next.minutes)} break; we start again at the time on the flipchart.”`
  }
  const first = next.phases[0]
  const how = first === undefined ? '' : ` ${describeGrouping(first.grouping)} first.`
  return `Say: “Next: ${next.title}.${how} Turn to it in your pack.”`
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
    { text: `${label}: `, bold: true },
    { text: value === undefined || value === '' ? blank : value, color: theme.ink },
    { text: '     ' },
  ]
  return {
    text: [
      ...part('Date', options.date),
      ...part('Facilitator', options.facilitator),
      ...part('Place', options.place),
    ],
    margin: [0, 0, 0, 10],
  }
}

function buildOverview(workshop: Workshop, agenda: AgendaLine[], theme: HandoutTheme): Content {
  const body: TableCell[][] = [
    ['Start', 'End', 'Item', 'Phases (minutes)', 'Total'].map((text) => ({
      text,
      style: 'tableHead',
    })),
  ]
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
      { text: formatPlannedTime(workshop, line.startMinute), noWrap: true },
      { text: formatPlannedTime(workshop, line.startMinute + line.minutes), noWrap: true },
      {
        text: [
          { text: item.title, style: item.kind === 'break' ? 'emphasis' : 'strong' },
          ...(item.kind === 'exercise' && item.optional
            ? [{ text: '  optional', style: 'small' }]
            : []),
        ],
      },
      {
        text:
          item.kind === 'break'
            ? ''
            : item.phases
                .map((phase) => `${phase.label} ${formatMinutes(phase.minutes)}`)
                .join(' · '),
        style: 'small',
      },
      { text: formatDuration(line.minutes), noWrap: true, alignment: 'right' },
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
  const heading: Content = {
    stack: [
      { text: 'Materials checklist', style: 'heading' },
      {
        text: `Quantities for ${String(participants)} participants: ${String(units.pair)} pairs, ${String(units.table)} tables of about ${String(PEOPLE_PER_TABLE)}.`,
        style: 'small',
        margin: [0, 2, 0, 0],
      },
    ],
    margin: [0, 14, 0, 6],
  }
  const entries = collectMaterials(workshop, participants).map((material) => {
    const amount =
      material.total === undefined ? '' : `${String(material.total)} (${material.rate ?? ''})`
    const used = `   ${material.usedIn.join(', ')}`
    return {
      content: {
        text: [
          ...(amount === '' ? [] : [{ text: `${amount}  `, style: 'strong' }]),
          { text: material.name },
          ...(material.isOptional ? [{ text: '  optional', style: 'emphasis' }] : []),
          { text: used, style: 'small' },
        ],
      } satisfies Content,
      height: estimateTextHeight(
        `${amount}  ${material.name}  optional${used}`,
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
  around: { packPage: number | undefined; next: AgendaItem | undefined },
): Content {
  const phaseWidth = theme.largePrint ? 130 : 104
  // A generous guess at the prompts column: the page less the phase and time columns.
  const promptWidth = theme.contentWidth - phaseWidth - (theme.largePrint ? 64 : 44) - 30
  const body: TableCell[][] = [
    ['Time', 'Phase', 'Prompts'].map((text) => ({ text, style: 'tableHead' })),
  ]
  const rowHeights: number[] = []
  let minute = line.startMinute
  for (const phase of exercise.phases) {
    const detail = `${formatMinutes(phase.minutes)} min · ${describeGrouping(phase.grouping)}`
    body.push([
      { text: formatPlannedTime(workshop, minute), noWrap: true },
      {
        stack: [
          { text: phase.label, style: 'strong' },
          { text: detail, style: 'small' },
        ],
      },
      phase.prompts.length === 0 ? { text: '' } : { ul: [...phase.prompts] },
    ])
    rowHeights.push(
      Math.max(
        estimateTextHeight(phase.label, theme.body, phaseWidth - 8) + theme.small * 2.5,
        phase.prompts.reduce(
          (sum, prompt) => sum + estimateTextHeight(prompt, theme.body, promptWidth),
          0,
        ),
      ) + 8,
    )
    minute += phase.minutes
  }
  const flags = [
    exercise.optional ? 'optional' : null,
    exercise.flexible ? 'flexible' : 'fixed length',
  ]
    .filter((flag) => flag !== null)
    .join(', ')
  const heading: Content = {
    text: [
      {
        text: `${formatPlannedTime(workshop, line.startMinute)}–${formatPlannedTime(workshop, line.startMinute + line.minutes)}   `,
        color: theme.muted,
      },
      { text: exercise.title, style: 'strong' },
      { text: `   ${formatDuration(line.minutes)}, ${flags}`, style: 'small' },
      ...(around.packPage === undefined
        ? []
        : [{ text: `   pack page ${String(around.packPage)}`, style: 'small' }]),
      ...(exercise.guideActivity === null || exercise.guideActivity.trim() === ''
        ? []
        : [{ text: `   adapts “${exercise.guideActivity}”`, style: 'small' }]),
    ],
    style: 'label',
    margin: [0, 0, 0, 2],
  }
  const columnCount = 3
  const noBorder = (): TableCell => ({ text: '', border: [false, false, false, false] })
  // The heading rides in the table as a header row: it is repeated on every page the table runs
  // onto, and stays with the first phase whenever that phase surely fits on one page.
  body.unshift([
    { stack: [heading], colSpan: columnCount, border: [false, false, false, false] },
    ...Array.from({ length: columnCount - 1 }, noBorder),
  ])
  const headHeight =
    estimateTextHeight(exercise.title, theme.body * 1.05, theme.contentWidth - 160) +
    theme.small * 2 +
    12
  const firstFits = fitsOnOnePage(headHeight + (rowHeights[0] ?? 0), theme)
  // Notes and materials are rows of the same table, so a page they run onto still has the
  // exercise's heading at its top; each note is its own row, so the list breaks between notes.
  const phaseRows = body.length
  const span = (content: Content, top: number): TableCell[] => [
    { stack: [content], colSpan: columnCount, margin: [0, top, 0, 0] },
    ...Array.from({ length: columnCount - 1 }, (): TableCell => ({ text: '' })),
  ]
  exercise.facilitatorNotes.forEach((note, index) => {
    const item: Content = { ul: [note] }
    body.push(
      span(
        index === 0 ? { stack: [{ text: 'Notes', style: 'strong' }, item] } : item,
        index === 0 ? 4 : 0,
      ),
    )
    rowHeights.push(
      estimateTextHeight(note, theme.body, theme.contentWidth - 20) +
        (index === 0 ? theme.body * 2 : 4),
    )
  })
  if (exercise.materials.length > 0) {
    const materials = `Materials: ${exercise.materials.join('; ')}`
    body.push(
      span(
        {
          text: [{ text: 'Materials: ', style: 'strong' }, { text: exercise.materials.join('; ') }],
        },
        2,
      ),
    )
    rowHeights.push(estimateTextHeight(materials, theme.body, theme.contentWidth - 8) + 6)
  }
  const transition = describeTransition(around.next)
  body.push(span({ text: transition, style: 'emphasis' }, 2))
  rowHeights.push(estimateTextHeight(transition, theme.body, theme.contentWidth - 8) + 6)
  const layout = compactTableLayout(theme, 1)
  const phases: Content = {
    table: {
      // Only the exercise's heading repeats on a page the table runs onto; the column heads
      // stay with the first phase, never above a page of notes alone.
      headerRows: 1,
      keepWithHeaderRows: firstFits ? 2 : undefined,
      dontBreakRows: rowHeights.every((height) => fitsOnOnePage(headHeight + height, theme)),
      widths: [theme.largePrint ? 50 : 30, phaseWidth, '*'],
      body,
    },
    layout: {
      ...layout,
      // No rules between the notes: they read as one list under the phases.
      hLineWidth: (index: number, node) =>
        index > phaseRows && index < body.length ? 0 : (layout.hLineWidth?.(index, node) ?? 0),
      paddingTop: (index: number, node) =>
        index >= phaseRows ? 1 : (layout.paddingTop?.(index, node) ?? 0),
      paddingBottom: (index: number, node) =>
        index >= phaseRows ? 1 : (layout.paddingBottom?.(index, node) ?? 0),
    },
  }
  return { stack: [phases], margin: [0, 12, 0, 0] }
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
          text: `${formatPlannedTime(workshop, line.startMinute)}–${formatPlannedTime(workshop, line.startMinute + line.minutes)}   `,
          color: theme.muted,
        },
        { text: pause.title, style: ['strong', 'emphasis'] },
        { text: `   ${formatDuration(line.minutes)}`, style: 'small' },
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
