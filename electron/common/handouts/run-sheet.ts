import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Break, Exercise, Workshop } from '../domain/workshop/schema'
import { formatDuration, planAgenda, type AgendaLine } from '../domain/workshop/schedule'
import { describeSpan, formatPlannedTime } from './agenda'
import type { HandoutOptions } from './options'
import { buildChecklist } from './checklist'
import { collectMaterials } from './materials'
import { compactTableLayout } from './table-layout'
import type { HandoutTheme } from './theme'
import { describeGrouping, formatMinutes } from './wording'

/**
 * The facilitator's run sheet: the day at a glance, one materials checklist, then every
 * exercise with clock times per phase, prompts and notes, set compactly to fit few pages.
 */
export function buildRunSheet(
  workshop: Workshop,
  options: HandoutOptions,
  theme: HandoutTheme,
): Content[] {
  const agenda = planAgenda(workshop)
  return [
    { text: 'FACILITATOR RUN SHEET', style: 'kicker', margin: [0, 0, 0, 3] },
    { text: workshop.title, style: 'title', margin: [0, 0, 0, 3] },
    { text: describeSpan(workshop), style: 'small', margin: [0, 0, 0, 6] },
    buildDetailsLine(options, theme),
    buildOverview(workshop, agenda, theme),
    buildMaterialsChecklist(workshop, theme),
    { text: 'Exercise by exercise', style: 'heading', margin: [0, 14, 0, 2] },
    ...agenda.map((line) =>
      line.item.kind === 'break'
        ? buildBreakSection(workshop, line, line.item, theme)
        : buildExerciseSection(workshop, line, line.item, theme),
    ),
  ]
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
  for (const line of agenda) {
    const { item } = line
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
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', 'auto', theme.largePrint ? '*' : 150, theme.largePrint ? 150 : '*', 'auto'],
      body,
    },
    layout: compactTableLayout(theme),
  }
}

function buildMaterialsChecklist(workshop: Workshop, theme: HandoutTheme): Content {
  const heading: Content = { text: 'Materials checklist', style: 'heading', margin: [0, 14, 0, 6] }
  const entries: Content[] = collectMaterials(workshop).map((material) => ({
    text: [{ text: material.name }, { text: `   ${material.usedIn.join(', ')}`, style: 'small' }],
  }))
  return buildChecklist(heading, entries, theme)
}

function buildExerciseSection(
  workshop: Workshop,
  line: AgendaLine,
  exercise: Exercise,
  theme: HandoutTheme,
): Content {
  const body: TableCell[][] = [
    ['Time', 'Phase', 'Min', 'Grouping', 'Prompts'].map((text) => ({ text, style: 'tableHead' })),
  ]
  let minute = line.startMinute
  for (const phase of exercise.phases) {
    body.push([
      { text: formatPlannedTime(workshop, minute), noWrap: true },
      { text: phase.label, style: 'strong' },
      { text: formatMinutes(phase.minutes), alignment: 'right' },
      { text: describeGrouping(phase.grouping), style: 'small' },
      phase.prompts.length === 0 ? { text: '' } : { ul: [...phase.prompts] },
    ])
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
    ],
    style: 'label',
    margin: [0, 0, 0, 4],
  }
  const phases: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', theme.largePrint ? 110 : 92, 'auto', theme.largePrint ? 80 : 58, '*'],
      body,
    },
    layout: compactTableLayout(theme),
  }
  const notes: Content[] = []
  if (exercise.facilitatorNotes.length > 0) {
    notes.push({
      stack: [
        { text: 'Notes', style: 'strong', margin: [0, 6, 0, 2] },
        { ul: [...exercise.facilitatorNotes] },
      ],
    })
  }
  if (exercise.materials.length > 0) {
    notes.push({
      text: [{ text: 'Materials: ', style: 'strong' }, { text: exercise.materials.join('; ') }],
      margin: [0, 4, 0, 0],
    })
  }
  return {
    stack: [{ stack: [heading, phases], unbreakable: true }, ...notes],
    margin: [0, 12, 0, 0],
  }
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
  return { stack: parts, unbreakable: true, margin: [0, 12, 0, 0] }
}
