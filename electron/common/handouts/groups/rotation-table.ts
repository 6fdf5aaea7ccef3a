import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Role } from '../../domain/grouping/roles'
import { nameRounds, type NamedMember } from '../../domain/grouping/round-view'
import { sayRepeats, type SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import type { HandoutOptions } from '../options'
import { frameDocument } from '../page-frame'
import { compactTableLayout } from '../table-layout'
import { createTheme, type HandoutTheme } from '../theme'
import type { MessageId } from '../../i18n/message-id'
import type { Translator } from '../../i18n/translator'
import { say } from '../wording'

const roleLetters: Record<Role, MessageId> = {
  a: 'print.rotation.roleA',
  b: 'print.rotation.roleB',
  observer: 'print.rotation.roleObserver',
}

const roleNames: Record<Role, MessageId> = {
  a: 'print.worksheet.partnerA',
  b: 'print.worksheet.partnerB',
  observer: 'print.debrief.roleObserver',
}

/** A group's members with their roles, in the print's language: "Ana (Partner A) · Ben (Partner B)". */
function describeGroupIn(intl: Translator, group: readonly NamedMember[]): string {
  return group
    .map((member) =>
      member.role === null ? member.name : `${member.name} (${say(intl, roleNames[member.role])})`,
    )
    .join(' · ')
}

/**
 * The facilitator's rotation table on landscape paper: one row a person, one column a grouped
 * exercise, each cell the person's group number and role. One table to run the day from: read
 * across for a person's day, down for an exercise's groups ("Group 7" on the room is the 7s).
 */
export function buildRotationDocument(
  workshop: Workshop,
  roster: SessionRoster,
  options: Pick<HandoutOptions, 'paper' | 'largePrint' | 'language'>,
): TDocumentDefinitions {
  const portrait = createTheme(options, true)
  const theme: HandoutTheme = {
    ...portrait,
    pageWidth: portrait.pageHeight,
    pageHeight: portrait.pageWidth,
    contentWidth: portrait.pageHeight - portrait.margins[0] - portrait.margins[2],
    contentHeight: portrait.pageWidth - portrait.margins[1] - portrait.margins[3],
  }
  const rounds = nameRounds(workshop, roster)
  // Columns are headed by the exercise's number in the pack, with the titles in a key above:
  // a dozen titles side by side would not fit across even a landscape page.
  const exerciseIds = workshop.exercises
    .filter((item) => item.kind === 'exercise')
    .map((item) => item.id)
  const { intl } = theme
  const numberOf = (exerciseId: string) => exerciseIds.indexOf(exerciseId) + 1
  const head: TableCell[] = [
    { text: say(intl, 'print.rotation.person'), style: 'tableHead' },
    ...rounds.map((round) => ({
      text: say(intl, 'print.rotation.exerciseColumn', { number: numberOf(round.exerciseId) }),
      style: 'tableHead',
      alignment: 'center' as const,
    })),
  ]
  const key = rounds
    .map((round) => `${intl.formatNumber(numberOf(round.exerciseId))} ${round.exerciseTitle}`)
    .join('   ·   ')
  const body: TableCell[][] = [
    head,
    ...roster.people.map((person): TableCell[] => [
      { text: person.name, style: 'strong' },
      ...rounds.map((round): TableCell => {
        const group = round.groups.findIndex((members) =>
          members.some((member) => member.personId === person.id),
        )
        const role = round.groups[group]?.find((member) => member.personId === person.id)?.role
        if (group < 0) return { text: '—', color: theme.muted, alignment: 'center' }
        return {
          alignment: 'center',
          text: [
            { text: String(group + 1), style: 'strong' },
            {
              text: role === undefined || role === null ? '' : ` ${say(intl, roleLetters[role])}`,
            },
          ],
        }
      }),
    ]),
  ]
  const repeats = sayRepeats(intl, roster)
  const content: Content[] = [
    { text: say(intl, 'print.rotation.kicker'), style: 'kicker', margin: [0, 0, 0, 3] },
    { text: workshop.title, style: 'title', margin: [0, 0, 0, 4] },
    {
      text: say(intl, 'print.rotation.summary', {
        people: roster.people.length,
        seed: String(roster.rules.seed),
      }),
      style: 'small',
      margin: [0, 0, 0, 8],
    },
    ...(repeats === null ? [] : [{ text: repeats, style: 'hint' }]),
    {
      text: [{ text: say(intl, 'print.focusAreas.exercises'), style: 'strong' }, key],
      style: 'small',
      margin: [0, 4, 0, 8],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [theme.largePrint ? 150 : 120, ...rounds.map(() => '*' as const)],
        body,
      },
      layout: {
        ...compactTableLayout(theme),
        vLineWidth: (index: number) => (index === 0 || index === head.length ? 0 : 0.4),
        vLineColor: () => theme.rule,
        // Every other person shaded, so a row can be followed across the page.
        fillColor: (row: number) =>
          row === 0 ? theme.tint : row % 2 === 0 ? theme.softTint : null,
      },
    },
  ]
  return {
    ...frameDocument(workshop, theme, say(intl, 'print.rotation.title'), content),
    pageOrientation: 'landscape',
  }
}

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
            { text: describeGroupIn(theme.intl, group) },
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
  intl: Translator,
): string {
  const rounds = nameRounds(workshop, roster).map((round) =>
    [
      `### ${escape(round.exerciseTitle)}`,
      '',
      ...round.groups.map(
        (group, index) => `${String(index + 1)}. ${escape(describeGroupIn(intl, group))}`,
      ),
    ].join('\n'),
  )
  return [`## ${say(intl, 'print.debrief.groups')}`, ...rounds].join('\n\n')
}

/** The debrief's groups section: nothing when the session had no roster or it was removed. */
export function buildDebriefGroups(
  session: { workshop: Workshop; roster: SessionRoster | null },
  theme: HandoutTheme,
): Content[] {
  if (session.roster === null) return []
  return [
    {
      text: say(theme.intl, 'print.debrief.groups'),
      style: 'heading',
      margin: [0, 0, 0, 4],
      pageBreak: 'before',
    },
    ...buildRotationTable(session.workshop, session.roster, theme),
  ]
}
