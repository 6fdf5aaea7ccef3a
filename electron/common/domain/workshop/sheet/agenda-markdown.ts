import {
  escapeListText,
  escapeMarkdown,
  escapeTableCell,
} from '../../../handouts/debrief/markdown-escape'
import { groupingWords } from '../grouping-words'
import { formatDuration, planAgenda, totalMinutes } from '../schedule'
import type { Workshop } from '../schema'
import { formatClockTime, readClockTime } from './sheet-values'

/**
 * A workshop's agenda as Markdown, to paste into an invitation or a wiki: a table of the items
 * with their start times (when the workshop has a planned start) and lengths, then each exercise's
 * phases with their groupings and prompts. Everything the author typed is escaped.
 */
export function buildAgendaMarkdown(workshop: Workshop): string {
  const start = workshop.plannedStart === null ? null : readClockTime(workshop.plannedStart)
  const startAt = (offset: number) =>
    start?.ok === true ? `${formatClockTime(start.value + offset)} | ` : ''
  const lines = [`# ${escapeMarkdown(workshop.title)}`, '']
  if (workshop.subtitle.trim() !== '') lines.push(`_${escapeMarkdown(workshop.subtitle)}_`, '')
  lines.push(`Agenda, ${formatDuration(totalMinutes(workshop))} in all.`, '')
  lines.push(start?.ok === true ? '| Start | Item | Length |' : '| Item | Length |')
  lines.push(start?.ok === true ? '| --- | --- | --: |' : '| --- | --: |')
  const plan = planAgenda(workshop)
  for (const { item, startMinute, minutes } of plan)
    lines.push(
      `| ${startAt(startMinute)}${escapeTableCell(item.title)}${item.kind === 'break' ? ' _(break)_' : ''} | ${formatDuration(minutes)} |`,
    )
  for (const { item, minutes } of plan) {
    if (item.kind === 'break') continue
    lines.push('', `## ${escapeMarkdown(item.title)} (${formatDuration(minutes)})`, '')
    lines.push(escapeMarkdown(item.purpose), '')
    item.phases.forEach((phase, index) => {
      lines.push(
        `${String(index + 1)}. **${escapeTableCell(phase.label)}**, ${formatDuration(phase.minutes)}, ${groupingWords[phase.grouping].toLowerCase()}`,
      )
      for (const prompt of phase.prompts) lines.push(`   - ${escapeListText(prompt, 5)}`)
    })
  }
  return `${lines.join('\n')}\n`
}
