import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Result } from '../../api/result'
import { personRounds } from '../../domain/grouping/round-view'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { buildHandoutDocument } from '../build-handout'
import type { HandoutOptions } from '../options'
import { frameDocument } from '../page-frame'
import { compactTableLayout } from '../table-layout'
import { createTheme, type HandoutTheme } from '../theme'
import { buildRotationTable } from './rotation-table'

/** What can be printed from a roster. */
export type GroupsPrint = 'rotation' | 'cards' | 'namedPacks'

export type GroupsPrintOptions = Pick<HandoutOptions, 'paper' | 'largePrint'>

/**
 * Builds a roster's printout: the facilitator's rotation table, name cards (two a page, to fold
 * or cut), or every participant's pack with their name and their partners and roles in front.
 */
export function buildGroupsDocument(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions,
): Result<TDocumentDefinitions> {
  const theme = createTheme(options)
  if (kind === 'rotation') {
    const content: Content[] = [
      { text: 'ROTATION TABLE', style: 'kicker', margin: [0, 0, 0, 3] },
      { text: workshop.title, style: 'title', margin: [0, 0, 0, 4] },
      {
        text: `${String(roster.people.length)} people · groups drawn from seed ${String(roster.rules.seed)}`,
        style: 'small',
      },
      ...(roster.repeatNote === null ? [] : [{ text: roster.repeatNote, style: 'hint' }]),
      ...buildRotationTable(workshop, roster, theme),
    ]
    return { ok: true, value: frameDocument(workshop, theme, 'Rotation table', content) }
  }
  if (kind === 'cards') {
    return {
      ok: true,
      value: frameDocument(workshop, theme, 'Name cards', buildCards(roster, theme)),
    }
  }
  const content: Content[] = []
  for (const person of roster.people) {
    if (
      !roster.rounds.some((round) =>
        round.groups.some((g) => g.some((m) => m.personId === person.id)),
      )
    )
      continue
    const pack = buildHandoutDocument(workshop, {
      kind: 'pack',
      ...options,
      facilitator: undefined,
    })
    if (!pack.ok) return pack
    const packContent = Array.isArray(pack.value.content)
      ? pack.value.content
      : [pack.value.content]
    content.push(
      { section: buildPartnerPage(workshop, roster, person.id, person.name, theme) },
      ...(withoutIds(packContent) as Content[]),
    )
  }
  return { ok: true, value: frameDocument(workshop, theme, 'Named participant packs', content) }
}

/**
 * A copy of pack content without node ids: the pack marks where each exercise starts (for
 * double-sided printing), and one document cannot hold the same id once per participant.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds)
  if (node === null || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) =>
      key === 'id' ? [] : [[key, withoutIds(value)]],
    ),
  )
}

function buildPartnerPage(
  workshop: Workshop,
  roster: SessionRoster,
  personId: string,
  name: string,
  theme: HandoutTheme,
): Content {
  const rows = personRounds(workshop, roster, personId)
  return {
    // The pack's cover starts on a fresh page after it.
    pageBreak: 'after',
    stack: [
      { text: 'THIS PACK BELONGS TO', style: 'kicker', margin: [0, 0, 0, 3] },
      { text: name, style: 'coverTitle', margin: [0, 0, 0, 16] },
      { text: 'Your partners and roles today', style: 'heading', margin: [0, 0, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: [theme.contentWidth * 0.34, theme.contentWidth * 0.28, '*'],
          body: [
            [
              { text: 'Exercise', style: 'tableHead' },
              { text: 'With', style: 'tableHead' },
              { text: 'Your role', style: 'tableHead' },
            ],
            ...rows.map((row) => [
              { text: row.exerciseTitle },
              { text: row.partners.join(', ') },
              { text: row.role ?? '—' },
            ]),
          ],
        },
        layout: compactTableLayout(theme),
      },
    ],
  }
}

function buildCards(roster: SessionRoster, theme: HandoutTheme): Content[] {
  // Two cards and the gap between them fill the page's text area, with room for the rules.
  const gap = 24
  const cardHeight = (theme.pageHeight - theme.margins[1] - theme.margins[3] - gap) / 2 - 16
  return roster.people.map((person, index) => ({
    table: {
      widths: ['*'],
      heights: [cardHeight],
      body: [
        [
          {
            text: person.name,
            fontSize: Math.min(54, Math.max(24, 760 / Math.max(8, person.name.length))),
            bold: true,
            alignment: 'center',
            margin: [0, cardHeight / 2 - 30, 0, 0],
          },
        ],
      ],
    },
    layout: { hLineColor: () => theme.rule, vLineColor: () => theme.rule },
    margin: [0, 0, 0, index % 2 === 0 ? gap : 0],
    pageBreak: index > 0 && index % 2 === 0 ? 'before' : undefined,
  }))
}
