import type { Content, TableCell } from 'pdfmake/interfaces'
import { proposeRetiming, type RetimingProposal } from '../domain/schedule/retime'
import type { Workshop } from '../domain/workshop/schema'
import { planAgenda } from '../domain/workshop/schedule'
import type { Translator } from '../i18n/translator'
import { formatPlannedTime } from './agenda'
import { compactTableLayout } from './table-layout'
import type { HandoutTheme } from './theme'
import { formatLength, say } from './wording'

/** How late the plan prepares for, in minutes. */
const LATENESS = [10, 20] as const

/** One change of a proposal in words: "drop Journey Snapshot (18 min)", "Meeting Norms 12 min cut to 9 min". */
function describeChanges(proposal: RetimingProposal, intl: Translator): string {
  if (proposal.changes.length === 0) return say(intl, 'print.late.nothing')
  const words = proposal.changes.map((change) =>
    change.dropped
      ? say(intl, 'print.late.drop', {
          title: change.title,
          length: formatLength(intl, change.fromMinutes),
        })
      : say(intl, 'print.late.cut', {
          title: change.title,
          from: formatLength(intl, change.fromMinutes),
          to: formatLength(intl, change.toMinutes),
        }),
  )
  const short = say(intl, 'print.late.stillShort', { reason: proposal.reason ?? '' })
  return `${words.join('; ')}${proposal.feasible ? '' : `. ${short}`}`
}

/**
 * What to cut when the day runs late, worked out ahead by the same re-timing the console
 * proposes, so the plan holds on paper: at the break (or halfway, without one), for 10 and
 * 20 minutes late, first by dropping optional exercises, else by shortening the flexible ones.
 */
export function buildLatePlan(workshop: Workshop, theme: HandoutTheme): Content[] {
  const agenda = planAgenda(workshop)
  const breakIndex = workshop.exercises.findIndex((item) => item.kind === 'break')
  const fromIndex = breakIndex >= 0 ? breakIndex + 1 : Math.floor(workshop.exercises.length / 2)
  const from = agenda[fromIndex]
  if (from === undefined) return []
  const remaining = agenda.slice(fromIndex).reduce((sum, line) => sum + line.minutes, 0)
  const { intl } = theme
  const rows: TableCell[][] = LATENESS.map((late) => {
    const options = { fromIndex, availableMinutes: remaining - late }
    const dropping = proposeRetiming(workshop, { ...options, strategy: 'dropOptional' })
    const proposal = dropping.feasible
      ? dropping
      : proposeRetiming(workshop, { ...options, strategy: 'shorten' })
    return [
      {
        text: say(intl, 'print.late.minutesLate', { minutes: late }),
        style: 'strong',
        noWrap: true,
      },
      { text: describeChanges(proposal, intl) },
    ]
  })
  return [
    {
      stack: [
        { text: say(intl, 'print.late.title'), style: 'heading', margin: [0, 14, 0, 2] },
        {
          text: say(intl, 'print.late.decide', {
            time: formatPlannedTime(workshop, from.startMinute, intl),
            title: from.item.title,
          }),
          style: 'small',
          margin: [0, 0, 0, 4],
        },
        {
          table: { widths: ['auto', '*'], body: rows, dontBreakRows: true },
          layout: compactTableLayout(theme, -1),
        },
      ],
      unbreakable: true,
    },
  ]
}
