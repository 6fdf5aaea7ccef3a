import { describeGroupingIn } from '../../../handouts/grouping-words'
import { formatClock, formatLength } from '../../../handouts/wording'
import {
  escapeListText,
  escapeMarkdown,
  escapeTableCell,
} from '../../../handouts/debrief/markdown-escape'
import type { MessageId } from '../../../i18n/message-id'
import type { Translator } from '../../../i18n/translator'
import { clockTimeAfter, planAgenda, totalMinutes } from '../schedule'
import type { Workshop } from '../schema'

/**
 * A workshop's agenda as Markdown, to paste into an invitation or a wiki: a table of the items
 * with their start times (when the workshop has a planned start) and lengths, then each exercise's
 * phases with their groupings and prompts. The words around the author's are in `intl`'s language
 * (the workshop's: the invitation goes to its participants); everything the author typed is
 * escaped.
 */
export function buildAgendaMarkdown(workshop: Workshop, intl: Translator): string {
  const start = workshop.plannedStart
  const startAt = (offset: number) =>
    start === null ? '' : `${formatClock(intl, clockTimeAfter(start, offset))} | `
  const say = (id: MessageId) => intl.formatMessage({ id })
  const lines = [`# ${escapeMarkdown(workshop.title)}`, '']
  if (workshop.subtitle.trim() !== '') lines.push(`_${escapeMarkdown(workshop.subtitle)}_`, '')
  lines.push(
    intl.formatMessage(
      { id: 'agendaExport.markdown.summary' },
      { length: formatLength(intl, totalMinutes(workshop)) },
    ),
    '',
  )
  const item = say('agendaExport.markdown.item')
  const length = say('agendaExport.markdown.length')
  lines.push(
    start === null
      ? `| ${item} | ${length} |`
      : `| ${say('agendaExport.markdown.start')} | ${item} | ${length} |`,
  )
  lines.push(start === null ? '| --- | --: |' : '| --- | --- | --: |')
  const plan = planAgenda(workshop)
  const breakWord = ` _${say('agendaExport.markdown.break')}_`
  for (const { item, startMinute, minutes } of plan)
    lines.push(
      `| ${startAt(startMinute)}${escapeTableCell(item.title)}${item.kind === 'break' ? breakWord : ''} | ${formatLength(intl, minutes)} |`,
    )
  for (const { item, minutes } of plan) {
    if (item.kind === 'break') continue
    lines.push('', `## ${escapeMarkdown(item.title)} (${formatLength(intl, minutes)})`, '')
    lines.push(escapeMarkdown(item.purpose), '')
    item.phases.forEach((phase, index) => {
      lines.push(
        `${String(index + 1)}. **${escapeTableCell(phase.label)}** · ${formatLength(intl, phase.minutes)} · ${describeGroupingIn(intl, phase.grouping)}`,
      )
      for (const prompt of phase.prompts) lines.push(`   - ${escapeListText(prompt, 5)}`)
    })
  }
  return `${lines.join('\n')}\n`
}
