import type { Content } from 'pdfmake/interfaces'
import { describeGroup, nameRounds } from '../../domain/grouping/round-view'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { compactTableLayout } from '../table-layout'
import type { HandoutTheme } from '../theme'

/**
 * The rotation table: for each grouped exercise, its numbered groups with names and roles. The
 * facilitator's sheet for the day, and the groups section of the debrief.
 */
export function buildRotationTable(
  workshop: Workshop,
  roster: SessionRoster,
  theme: HandoutTheme,
): Content[] {
  return nameRounds(workshop, roster).map((round) => ({
    stack: [
      { text: round.exerciseTitle, style: 'label', margin: [0, 10, 0, 4] },
      {
        table: {
          headerRows: 0,
          dontBreakRows: true,
          widths: [22, theme.contentWidth - 22 - 16],
          body: round.groups.map((group, index) => [
            { text: String(index + 1), style: 'strong' },
            { text: describeGroup(group) },
          ]),
        },
        // No heading row: every row is a group.
        layout: compactTableLayout(theme, -1),
      },
    ],
  }))
}

/** The same table in Markdown, for the debrief sent by email or pasted into a wiki. */
export function buildRotationMarkdown(
  workshop: Workshop,
  roster: SessionRoster,
  escape: (text: string) => string,
): string {
  const rounds = nameRounds(workshop, roster).map((round) =>
    [
      `### ${escape(round.exerciseTitle)}`,
      '',
      ...round.groups.map(
        (group, index) => `${String(index + 1)}. ${escape(describeGroup(group))}`,
      ),
    ].join('\n'),
  )
  return ['## Groups and roles', ...rounds].join('\n\n')
}

/** The debrief's groups section: nothing when the session had no roster or it was removed. */
export function buildDebriefGroups(
  session: { workshop: Workshop; roster: SessionRoster | null },
  theme: HandoutTheme,
): Content[] {
  if (session.roster === null) return []
  return [
    { text: 'Groups and roles', style: 'heading', margin: [0, 0, 0, 4], pageBreak: 'before' },
    ...buildRotationTable(session.workshop, session.roster, theme),
  ]
}
