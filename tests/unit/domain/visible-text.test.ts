import { apiSchemas } from '@common/api/schemas'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { parseWorkshopData, serializeWorkshop } from '@common/domain/workshop/parse'
import { personSchema } from '@common/domain/grouping/grouping-schema'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { peopleFromSheet } from '@common/domain/grouping/roster-csv'
import { problemInEnglish } from '../../support/workshop-problem'

/** Zero-width space, word joiner and byte order mark: a name that shows as nothing. */
const invisible = '\u200B\u2060\uFEFF'

function withChange(change: (data: Record<string, any>) => void): unknown {
  const data = JSON.parse(serializeWorkshop(blankWorkshop('Test'))) as Record<string, any>
  change(data)
  return data
}

function messageOf(data: unknown): string {
  const parsed = parseWorkshopData(data)
  return parsed.ok ? '(accepted)' : problemInEnglish(parsed.problem)
}

describe('a required name made only of invisible characters', () => {
  it('is refused as a workshop, exercise or phase title, naming the field', () => {
    // Trimmed of its unseen ends, it is empty.
    expect(messageOf(withChange((d) => (d.title = invisible)))).toBe(
      'title: expected a title, got an empty text',
    )
    // A Hangul filler and a soft hyphen are not trimmed, and draw nothing either.
    expect(messageOf(withChange((d) => (d.exercises[0].title = ` \u3164\u00AD `)))).toBe(
      'exercises[0].title: expected a title with something visible in it, got only invisible characters',
    )
    expect(messageOf(withChange((d) => (d.exercises[0].phases[0].label = '\u2800')))).toMatch(
      /^exercises\[0\]\.phases\[0\]\.label: expected a phase label with something visible/,
    )
  })

  it('is refused by the calls that create and rename a workshop', () => {
    expect(apiSchemas.createWorkshop.safeParse({ title: invisible }).success).toBe(false)
    const ref = { source: 'library', fileName: 'plan.workshop.json' }
    expect(apiSchemas.renameWorkshop.safeParse({ ref, title: '\u2060' }).success).toBe(false)
  })

  it('is refused as a person’s name, and skipped in a pasted or imported roster', () => {
    expect(personSchema.safeParse({ id: 'p1', name: invisible, attributes: {} }).success).toBe(
      false,
    )
    const pasted = peopleFromLines(`Ana\n${invisible}\nBo`)
    expect(pasted.ok && pasted.people.map((p) => p.name)).toEqual(['Ana', 'Bo'])
    const sheet = { columns: ['name'], rows: [['Ana'], [invisible], ['Bo']] }
    const imported = peopleFromSheet(sheet, 0, [])
    expect(imported.ok && imported.people.map((p) => p.name)).toEqual(['Ana', 'Bo'])
  })
})

describe('a name with something visible', () => {
  it('is kept, trimmed of zero-width characters at its ends only', () => {
    const parsed = parseWorkshopData(withChange((d) => (d.title = `${invisible}Plan${invisible}`)))
    expect(parsed.ok && parsed.workshop.title).toBe('Plan')
    for (const name of ['Zoe\u0308', '❤️ Team', '李娜', 'A\u200Db', '٣']) {
      const person = personSchema.safeParse({ id: 'p1', name, attributes: {} })
      expect(person.success && person.data.name).toBe(name)
    }
  })
})
