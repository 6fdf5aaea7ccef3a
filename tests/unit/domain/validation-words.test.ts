import { z } from 'zod'
import { formatIssues } from '@common/domain/validation-message'
import { describeIssuesIn } from '@common/domain/validation-words'
import { translatorFor } from '@common/i18n/translator'

// A record with one field of each kind a session file has: text, a number, a choice, a list.
const schema = z.strictObject({
  title: z.string().min(1).max(10),
  count: z.number().int().min(0).max(9),
  tag: z.enum(['insight', 'question']),
  items: z.array(z.string()).min(1).max(2),
  nested: z.strictObject({ at: z.number() }),
})

function linesIn(language: 'en' | 'de' | 'es', data: unknown, limit?: number): string[] {
  const parsed = schema.safeParse(data, { reportInput: true })
  if (parsed.success) return []
  return describeIssuesIn(translatorFor(language), parsed.error.issues, limit).split('\n')
}

const valid = { title: 'Pairs', count: 3, tag: 'insight', items: ['a'], nested: { at: 1 } }

describe('the lines that say what is wrong with a file, in the reader’s language', () => {
  it('names the field and says each kind of problem in German', () => {
    expect(linesIn('de', { ...valid, title: '', count: 1.5, tag: 'action' })).toEqual([
      'title: darf nicht leer sein',
      'count: muss eine ganze Zahl sein',
      'tag: muss „insight“ oder „question“ sein',
    ])
    expect(linesIn('de', { ...valid, title: 'x'.repeat(11), count: 10, items: [] })).toEqual([
      'title: darf höchstens 10 Zeichen lang sein',
      'count: darf höchstens 9 sein',
      'items: muss mindestens 1 Eintrag enthalten',
    ])
    expect(linesIn('de', { ...valid, count: -1, items: ['a', 'b', 'c'], nested: {} })).toEqual([
      'count: muss mindestens 0 sein',
      'items: darf höchstens 2 Einträge enthalten',
      'nested.at: fehlt',
    ])
  })

  it('names unknown fields, however many and however long, and counts what it leaves out', () => {
    const huge = 'k'.repeat(100_000)
    const lines = linesIn('de', { ...valid, a: 1, b: 2, c: 3, [huge]: 4 })
    expect(lines).toEqual([`(oberste Ebene): unbekannte Felder „a“, „b“, „c“ und 1 weiteres`])
    expect(linesIn('es', { nested: 'x' }, 2)).toEqual(['title: falta', 'count: falta', '…y 3 más'])
    expect(linesIn('es', { ...valid, [huge]: 1 })[0]).toMatch(
      /^\(nivel superior\): campo desconocido «k{40}…»$/,
    )
  })

  it('keeps the schemas’ own English words in English', () => {
    const parsed = schema.safeParse({ ...valid, title: '', tag: 'action' }, { reportInput: true })
    const issues = parsed.error?.issues ?? []
    expect(issues).toHaveLength(2)
    expect(describeIssuesIn(translatorFor('en'), issues)).toBe(formatIssues(issues))
  })
})
