import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { planSessionRoster, type SessionRoster } from '@common/domain/grouping/session-roster'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import type { GroupsPrint } from '@common/handouts/groups/groups-document'
import { renderDebriefPdf } from '../../../electron/services/handouts/render-debrief'
import { renderGroupsPdf } from '../../../electron/services/roster/render-groups'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { normaliseText, readPdfInfo, readPdfPages, readPdfText } from '../../support/poppler'
import { makeFinishedSession } from '../../support/session-fixtures'
import { makeTempFolder } from '../../support/temp-folders'
import { inEnglish } from '../../support/in-english'

const fonts = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
let folder: Awaited<ReturnType<typeof makeTempFolder>>
let roster: SessionRoster

beforeAll(async () => {
  folder = await makeTempFolder('pairs-paper')
  const read = peopleFromLines('Ana Lucía\nBen\nCai\nDee\nEli\nFay\nGus')
  if (!read.ok) throw new Error(inEnglish(read.message))
  const rules = { size: 2, perExercise: true, seed: 11, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(workshop, read.people, rules)
  if (!planned.ok) throw new Error(planned.message.id)
  roster = planned.roster
})
afterAll(async () => {
  await folder.remove()
})

async function printed(kind: GroupsPrint): Promise<string> {
  const rendered = await renderGroupsPdf(
    workshop,
    roster,
    kind,
    { paper: 'a4', largePrint: false },
    fonts,
  )
  if (!rendered.ok) throw new Error(rendered.message)
  const file = join(folder.path, `${kind}.pdf`)
  await writeFile(file, rendered.value)
  return file
}

describe('the roster on paper', () => {
  it('prints the rotation table as one landscape table: a row a person, a column a round', async () => {
    const file = await printed('rotation')
    const info = readPdfInfo(file)
    expect(info.width).toBeGreaterThan(info.height)
    expect(info.pages).toBe(1)
    const text = normaliseText(readPdfText(file))
    expect(text).toContain('ROTATION TABLE')
    for (const person of roster.people) expect(text).toContain(person.name)
    // Seven people in pairs: a trio each round, so one observer in each round's column.
    // Seven people in pairs: a trio in each round, whose observer reads "Obs" in that round's
    // column (the legend names "Obs" once more).
    const observers = roster.rounds.flatMap((round) =>
      round.groups.flat().filter((member) => member.role === 'observer'),
    )
    expect(observers.length).toBeGreaterThan(0)
    expect((text.match(/Obs/g)?.length ?? 0) - 1).toBe(observers.length)
  })

  it('prints a name card for everyone to fold into a tent, the name on both faces', async () => {
    const file = await printed('cards')
    expect(readPdfInfo(file).pages).toBe(roster.people.length)
    readPdfPages(file).forEach((page, index) => {
      const name = roster.people[index]!.name
      // Once upright and once upside down, on the two halves of the fold.
      expect(page.split(name).length - 1).toBe(2)
    })
  })

  it('prints a pack for each person, with their name, partners and roles in front', async () => {
    const file = await printed('namedPacks')
    const text = normaliseText(readPdfText(file))
    expect(text.match(/THIS PACK BELONGS TO/g)?.length).toBe(7)
    expect(text).toContain('Your partners and roles today')
    expect(text).toContain('Partner A: share both moments')
    const pages = readPdfPages(file).map(normaliseText)
    // A cover sheet for the print shop lists the packs; the first pack starts on page 3.
    expect(pages[0]).toContain('NAMED PACKS')
    expect(pages[0]).toContain('Ana Lucía')
    expect(pages[2]).toContain('THIS PACK BELONGS TO')
    // The name page is a page of its own: the pack's cover starts the next one.
    expect(pages[2]).not.toContain('PARTICIPANT PACK')
    expect(pages[3]).toContain('PARTICIPANT PACK')
  })
})

describe('the debrief of a session with a roster', () => {
  it('lists the groups and roles of each round, in the PDF and in Markdown', async () => {
    const session = makeFinishedSession({ roster })
    const rendered = await renderDebriefPdf(session, { paper: 'a4', largePrint: false }, fonts)
    if (!rendered.ok) throw new Error(rendered.message)
    const file = join(folder.path, 'debrief.pdf')
    await writeFile(file, rendered.value)
    const text = normaliseText(readPdfText(file))
    expect(text).toContain('Groups and roles')
    expect(text).toContain('Ana Lucía (Partner')
    const markdown = buildDebriefMarkdown(session)
    expect(markdown).toContain('## Groups and roles')
    expect(markdown).toMatch(/1\. .+ \(Partner A\) · .+ \(Partner B\)/)
    expect(buildDebriefMarkdown(makeFinishedSession())).not.toContain('Groups and roles')
  })
})
