import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { buildPackContent } from '../build-handout'
import type { HandoutOptions } from '../options'
import { frameDocument } from '../page-frame'
import { createPageMarks } from '../page-marks'
import { buildBatchCover, countCoverPages, type CoverPack } from './batch-cover'
import { buildPartnerPage } from './partner-page'
import type { HandoutTheme } from '../theme'
import { say } from '../wording'

/** Options for a batch of named packs; double-sided unless `duplex` is false. */
export type NamedPacksOptions = Pick<HandoutOptions, 'paper' | 'largePrint' | 'duplex'>

/** The people who get a pack: those in at least one round. */
export function listPackHolders(roster: SessionRoster): SessionRoster['people'] {
  return roster.people.filter((person) =>
    roster.rounds.some((round) =>
      round.groups.some((group) => group.some((member) => member.personId === person.id)),
    ),
  )
}

const packKey = (index: number) => `pack-${String(index)}`
/** The id of a pack's name line, which the batch cover refers to for its page. */
const nameAnchor = (index: number) => `${packKey(index)}-name`

/**
 * Every participant's pack in one PDF, in roster order, after a cover sheet for whoever prints
 * the batch. Each pack opens with its holder's name and their partners and roles, and numbers
 * its own pages ("Page 3 of 32"). Double-sided, each pack starts on a right-hand page and so
 * has an even number of pages: one person's name page never lands on the back of another's.
 */
export function buildNamedPacks(
  workshop: Workshop,
  roster: SessionRoster,
  options: NamedPacksOptions,
  theme: HandoutTheme,
  packLengths: readonly number[] = [],
): TDocumentDefinitions {
  const duplex = options.duplex !== false
  const marks = createPageMarks()
  const people = listPackHolders(roster)
  const endKey = (index: number) => `${packKey(index)}-end`
  // The cover's end counts as the end of pack -1, so its blank back is found like any other.
  const content: Content[] = [
    buildBatchCover(workshop, listCoverPacks(people, packLengths), duplex, theme),
    marks.mark(endKey(-1)),
  ]
  const packs = people.map((person, index) => {
    const pack = buildPackContent(
      workshop,
      {
        kind: 'pack',
        paper: options.paper,
        largePrint: options.largePrint,
        language: theme.language,
      },
      theme,
      marks,
      [],
      `${packKey(index)}-`,
    )
    content.push(
      {
        stack: [
          marks.mark(packKey(index)),
          buildPartnerPage(workshop, roster, person.id, person.name, nameAnchor(index), theme),
        ],
        // pdfmake's "beforeEven" turns one more page when the next one would be even (a
        // left-hand page), so the pack starts on the right and the one before it ends even.
        pageBreak: duplex ? 'beforeEven' : 'before',
      },
      // The pack's own cover starts the page after the name page.
      ...pack.content.map((node, at) =>
        at === 0 ? { stack: [node], pageBreak: 'before' as const } : node,
      ),
      marks.mark(endKey(index)),
    )
    return { name: person.name, describePage: pack.describePage }
  })
  const packAt = (page: number) => {
    let found = -1
    packs.forEach((_, index) => {
      const start = marks.placeOf(packKey(index))
      if (start !== undefined && start.page <= page) found = index
    })
    return found
  }
  // A page after a part's last words and before the next pack is the blank back of a sheet.
  const isPadding = (page: number) => {
    const index = packAt(page)
    const end = marks.placeOf(endKey(index))?.page
    return end !== undefined && page > end
  }
  const describePage = (page: number): string => {
    const pack = packs[packAt(page)]
    const part = isPadding(page)
      ? say(theme.intl, 'print.namedPacks.padding')
      : (pack?.describePage(page) ?? say(theme.intl, 'print.namedPacks.forPrinter'))
    return pack === undefined ? part : `${pack.name}  ·  ${part}`
  }
  // Each pack numbers its own pages, so a loose page says where in which pack it goes; the
  // cover sheet (and its blank back) count as their own part.
  const numbering = (page: number, pageCount: number) => {
    const index = packAt(page)
    const start = index < 0 ? 1 : (marks.placeOf(packKey(index))?.page ?? 1)
    const next = marks.placeOf(packKey(index + 1))?.page
    // The last pack has no next one to pad it; double-sided, its last sheet's blank back still
    // counts, so every pack says the same length.
    const length = next === undefined ? pageCount + 1 - start : next - start
    return { page: page - start + 1, of: duplex ? length + (length % 2) : length }
  }
  return frameDocument(
    workshop,
    theme,
    say(theme.intl, 'print.namedPacks.title'),
    content,
    describePage,
    numbering,
  )
}

/** The packs as the cover lists them, with their page counts when they are known. */
function listCoverPacks(
  people: SessionRoster['people'],
  packLengths: readonly number[],
): CoverPack[] {
  return people.map((person, index) => ({
    name: person.name,
    anchor: nameAnchor(index),
    pages: packLengths[index],
  }))
}

/** The pages the batch's cover sheet takes for this roster (one unless the roster is long). */
export function countBatchCoverPages(
  workshop: Workshop,
  roster: SessionRoster,
  theme: HandoutTheme,
): number {
  return countCoverPages(workshop, listCoverPacks(listPackHolders(roster), []), theme)
}

/**
 * The pages each pack takes by the rule {@link buildNamedPacks} lays them out by: its name pages
 * (`namePages`, one entry each) and the pack of `packPages`, padded to an even count when
 * double-sided.
 */
export function measurePackLengths(
  namePages: readonly number[],
  packPages: number,
  duplex: boolean,
): number[] {
  return namePages.map((name) => name + packPages + (duplex ? (name + packPages) % 2 : 0))
}

/** How big a batch of named packs prints, said before anyone prints it. */
export interface NamedPacksCount {
  packs: number
  /** Pages in the longest pack: its name page and the participant pack, even double-sided. */
  pagesEach: number
  /** Page faces in the batch, the cover sheet (and its blank back) included. */
  pages: number
  /** Sheets of paper: half the pages double-sided. */
  sheets: number
  duplex: boolean
}

/**
 * The size of a batch by the rule {@link buildNamedPacks} lays it out by: a cover sheet of
 * `coverPages` (padded to even when double-sided), then every pack (see
 * {@link measurePackLengths}). The print check holds the count and the printed batch together.
 */
export function countNamedPacks(
  namePages: readonly number[],
  packPages: number,
  duplex: boolean,
  coverPages = 1,
): NamedPacksCount {
  const lengths = measurePackLengths(namePages, packPages, duplex)
  const cover = coverPages + (duplex ? coverPages % 2 : 0)
  const pages = cover + lengths.reduce((sum, length) => sum + length, 0)
  return {
    packs: namePages.length,
    pagesEach: Math.max(0, ...lengths),
    pages,
    sheets: duplex ? Math.ceil(pages / 2) : pages,
    duplex,
  }
}

/**
 * Every holder's name page alone, each from a fresh page, with marks that tell after layout how
 * many pages each took: the part of the batch that differs from person to person.
 */
export function buildNamePagesProbe(
  workshop: Workshop,
  roster: SessionRoster,
  theme: HandoutTheme,
): { document: TDocumentDefinitions; namePages: () => number[] } {
  const marks = createPageMarks()
  const people = listPackHolders(roster)
  const content: Content[] = people.map((person, index) => ({
    stack: [
      marks.mark(packKey(index)),
      buildPartnerPage(workshop, roster, person.id, person.name, nameAnchor(index), theme),
    ],
    pageBreak: index === 0 ? undefined : 'before',
  }))
  content.push(marks.mark('end'))
  return {
    document: frameDocument(workshop, theme, say(theme.intl, 'print.namedPacks.title'), content),
    namePages: () =>
      people.map((_, index) => {
        const start = marks.placeOf(packKey(index))?.page ?? 0
        const next =
          marks.placeOf(packKey(index + 1))?.page ?? (marks.placeOf('end')?.page ?? start) + 1
        return next - start
      }),
  }
}
