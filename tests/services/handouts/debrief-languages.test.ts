import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { planSessionRoster } from '@common/domain/grouping/session-roster'
import type { Session } from '@common/domain/session/session'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import type { MessageLanguage } from '@common/i18n/locales'
import { renderDebriefPdf } from '../../../electron/services/handouts/render-debrief'
import { resourcesDir } from '../../support/paths'
import { readPdfInfo, readPdfPages, readPdfText } from '../../support/poppler'
import {
  makeFinishedSession,
  makeQuietSession,
  makeUnfinishedSession,
} from '../../support/session-fixtures'
import { makeTempFolder } from '../../support/temp-folders'

// The debrief in each language, the PDF read back with pdftotext and the Markdown as written. As
// in print-languages.test.ts, the chrome is what the English debrief says and the stretched test
// language (en-XA, all accented) does not, leaving out the session's own words: every word left
// of it in Spanish, French or German is English the debrief printed around the record.
const fontsFolder = join(resourcesDir, 'fonts')
let folder: Awaited<ReturnType<typeof makeTempFolder>>

function withRoster(session: Session): Session {
  const read = peopleFromLines('Ana Lucía\nBen\nCai\nDee\nEli\nFay\nGus')
  if (!read.ok) throw new Error(`the roster was not read: ${read.message.id}`)
  const rules = { size: 2, perExercise: true, seed: 11, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(session.workshop, read.people, rules)
  if (!planned.ok) throw new Error(planned.message.id)
  return { ...session, roster: planned.roster }
}

/** A finished session with groups, one that stopped early, one quiet and one never started. */
const sessions: Record<string, Session> = {
  finished: withRoster(makeFinishedSession()),
  unfinished: makeUnfinishedSession(),
  quiet: makeQuietSession(),
  unstarted: makeQuietSession({ startedAt: null, endedAt: null, timeline: [] }),
}

function inLanguage(session: Session, language: MessageLanguage): Session {
  return { ...session, workshop: { ...session.workshop, language } }
}

async function printPdf(name: string, session: Session): Promise<string> {
  const rendered = await renderDebriefPdf(session, { paper: 'a4', largePrint: false }, fontsFolder)
  if (!rendered.ok) throw new Error(rendered.message)
  const file = join(folder.path, `${name}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

/** Every session's debrief in `language`, PDF text and Markdown together. */
async function printAll(language: MessageLanguage): Promise<{ pdf: string; markdown: string }> {
  let pdf = ''
  let markdown = ''
  for (const [name, session] of Object.entries(sessions)) {
    const translated = inLanguage(session, language)
    pdf += readPdfText(await printPdf(`${name}-${language}`, translated))
    markdown += buildDebriefMarkdown(translated)
  }
  return { pdf, markdown }
}

function wordsOf(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}]+/u).filter((word) => word.length >= 3))
}

/**
 * Words each language writes as English does, so finding them is no sign of English left: "Page",
 * "Actions", "Minutes" and "pauses" are French too, "Total" Spanish.
 */
const sharedWithEnglish: Record<'es' | 'fr' | 'de', readonly string[]> = {
  es: ['Total'],
  fr: [
    'Action',
    'Actions',
    'action',
    'actions',
    'Minutes',
    'minutes',
    'Notes',
    'notes',
    'Page',
    'Participants',
    'pauses',
    'Question',
    'questions',
    'SESSION',
    'session',
    'Total',
  ],
  de: ['Total'],
}

/** The day of the fixtures' sessions as each language writes it on a record. */
const days = {
  es: 'martes, 3 de marzo de 2026',
  fr: 'mardi 3 mars 2026',
  de: 'Dienstag, 3. März 2026',
} as const

const footers = {
  es: (pages: number) => `Página 2 de ${String(pages)}`,
  fr: (pages: number) => `Page 2 sur ${String(pages)}`,
  de: (pages: number) => `Seite 2 von ${String(pages)}`,
} as const

const own = wordsOf(JSON.stringify(Object.values(sessions)).replace(/-/g, ''))
let english: { pdf: string[]; markdown: string[] }

beforeAll(async () => {
  folder = await makeTempFolder('debrief-languages')
  const plain = await printAll('en')
  const stretched = await printAll('en-XA')
  const chromeOf = (text: string, accented: string) => {
    const other = wordsOf(accented)
    return [...wordsOf(text)].filter((word) => !other.has(word) && !own.has(word))
  }
  english = {
    pdf: chromeOf(plain.pdf, stretched.pdf),
    markdown: chromeOf(plain.markdown, stretched.markdown),
  }
}, 120_000)
afterAll(async () => {
  await folder.remove()
})

describe('the debrief in the workshop language', () => {
  it('finds the English chrome to look for', () => {
    // Sanity: the comparison sees the headings, the column heads and the dates, not nothing.
    expect(english.pdf).toEqual(expect.arrayContaining(['Planned', 'Actual', 'Page', 'Groups']))
    expect(english.markdown).toEqual(expect.arrayContaining(['Planned', 'Difference', 'Total']))
  })

  it.each(['es', 'fr', 'de'] as const)(
    'in %s, numbers its pages and leaves no English in the PDF or the Markdown',
    async (language) => {
      const printed = await printAll(language)
      const file = await printPdf(`pages-${language}`, inLanguage(sessions.finished!, language))
      expect(readPdfPages(file)[1]).toContain(footers[language](readPdfInfo(file).pages))
      // The stretched language dates as English does, so the dates are looked for by name.
      expect(printed.pdf).toContain(days[language])
      expect(printed.markdown).toContain(days[language])
      for (const kind of ['pdf', 'markdown'] as const) {
        const words = wordsOf(printed[kind])
        const left = english[kind].filter(
          (word) => words.has(word) && !sharedWithEnglish[language].includes(word),
        )
        expect({ kind, left }).toEqual({ kind, left: [] })
      }
    },
    120_000,
  )
})
