import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { succeed, type Result } from '../../api/result'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import type { Workshop } from '../../domain/workshop/schema'
import { frameDocument } from '../page-frame'
import { createTheme } from '../theme'
import { say } from '../wording'
import { inWorkshopLanguage } from '../build-handout'
import { buildNameCards } from './name-cards'
import { buildNamedPacks, type NamedPacksOptions } from './named-packs'
import { buildRotationDocument } from './rotation-table'

/** What can be printed from a roster. */
export type GroupsPrint = 'rotation' | 'cards' | 'namedPacks'

/**
 * Paper and print size; `duplex` (named packs only, on unless false) starts each pack on a
 * right-hand page and pads it to an even number of pages for a print shop's double-sided batch.
 */
export type GroupsPrintOptions = NamedPacksOptions

/**
 * Builds a roster's printout: the facilitator's rotation table (one landscape table), name
 * cards (folding tents with the name on both faces), or every participant's pack with their name
 * and their partners and roles in front, after a cover sheet for whoever prints the batch
 * (which lists each pack's page count when `packLengths` gives them).
 */
export function buildGroupsDocument(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions,
  packLengths: readonly number[] = [],
): Result<TDocumentDefinitions> {
  const theme = createTheme(inWorkshopLanguage(workshop, options))
  switch (kind) {
    case 'rotation':
      return succeed(buildRotationDocument(workshop, roster, inWorkshopLanguage(workshop, options)))
    case 'cards':
      return succeed(
        frameDocument(
          workshop,
          theme,
          say(theme.intl, 'print.nameCards.title'),
          buildNameCards(roster, theme),
        ),
      )
    case 'namedPacks':
      return succeed(buildNamedPacks(workshop, roster, options, theme, packLengths))
  }
}
