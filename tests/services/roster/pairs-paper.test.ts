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

const fonts = join(resourcesDir, 'fonts')
const workshop = loadBuiltinWorkshop()
let folder: Awaited<ReturnType<typeof makeTempFolder>>
let roster: SessionRoster

beforeAll(async () => {
  folder = await makeTempFolder('pairs-paper')
  const read = peopleFromLines('Ana Lucía\nBen\nCai\nDee\nEli\nFay\nGus')
  if (!read.ok) throw new Error(read.message)
  const rules = { size: 2, perExercise: true, seed: 11, mixBy: null, apart: [], together: [] }
  const planned = planSessionRoster(workshop, read.people, rules)
  if (!planned.ok) throw new Error(planned.message)
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
  it('prints a rotation table with every round’s groups and roles', async () => {
    const text = normaliseText(readPdfText(await printed('rotation')))
    expect(text).toContain('ROTATION TABLE')
    for (const round of roster.rounds) {
      const title = workshop.exercises.find((item) => item.id === round.exerciseId)?.title ?? ''
      expect(text).toContain(normaliseText(title))
    }
    // Seven people in pairs: a trio each round, so an observer each round.
    expect(text.match(/\(Observer\)/g)?.length).toBe(roster.rounds.length)
    expect(text).toContain('Ana Lucía (Partner')
  })

  it('prints a name card for everyone, two a page', async () => {
    const file = await printed('cards')
    const text = normaliseText(readPdfText(file))
    for (const person of roster.people) expect(text).toContain(person.name)
    expect(readPdfInfo(file).pages).toBe(4)
  })

  it('prints a pack for each person, with their name, partners and roles in front', async () => {
    const file = await printed('namedPacks')
    const text = normaliseText(readPdfText(file))
    expect(text.match(/THIS PACK BELONGS TO/g)?.length).toBe(7)
    expect(text).toContain('Your partners and roles today')
    expect(text).toContain('Partner A: share both moments')
    const onePack = readPdfInfo(file).pages / 7
    expect(Number.isInteger(onePack)).toBe(true)
    // The name page is a page of its own: the pack's cover starts the next one.
    const pages = readPdfPages(file).map(normaliseText)
    expect(pages[0]).toContain('THIS PACK BELONGS TO')
    expect(pages[0]).not.toContain('PARTICIPANT PACK')
    expect(pages[1]).toContain('PARTICIPANT PACK')
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
