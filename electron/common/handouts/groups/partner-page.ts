import type { Content } from 'pdfmake/interfaces'
import { personRounds } from '../../domain/grouping/round-view'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { compactTableLayout } from '../table-layout'
import type { HandoutTheme } from '../theme'
import { say } from '../wording'

/**
 * A named pack's first page: whose pack it is (the name carries `anchor`, for the batch cover's
 * page reference), then their partners and roles in every round.
 */
export function buildPartnerPage(
  workshop: Workshop,
  roster: SessionRoster,
  personId: string,
  name: string,
  anchor: string,
  theme: HandoutTheme,
): Content {
  const rows = personRounds(workshop, roster, personId)
  return {
    stack: [
      {
        text: say(theme.intl, 'print.namedPacks.belongsTo'),
        style: 'kicker',
        margin: [0, 0, 0, 3],
      },
      { text: name, style: 'coverTitle', margin: [0, 0, 0, 16], id: anchor },
      {
        text: say(theme.intl, 'print.namedPacks.partners'),
        style: 'heading',
        margin: [0, 0, 0, 6],
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [theme.contentWidth * 0.34, theme.contentWidth * 0.28, '*'],
          body: [
            [
              { text: say(theme.intl, 'print.namedPacks.exercise'), style: 'tableHead' },
              { text: say(theme.intl, 'print.namedPacks.with'), style: 'tableHead' },
              { text: say(theme.intl, 'print.namedPacks.role'), style: 'tableHead' },
            ],
            ...rows.map((row) => [
              { text: row.exerciseTitle },
              { text: theme.intl.formatList(row.partners, { type: 'unit' }) },
              { text: row.role ?? '—' },
            ]),
          ],
        },
        layout: compactTableLayout(theme),
        // A step smaller in large print (still 14 pt), so a day of rounds fits the one page
        // the batch's count allows for it.
        fontSize: theme.largePrint ? theme.small : undefined,
      },
    ],
  }
}
