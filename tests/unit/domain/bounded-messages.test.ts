import { apiSchemas } from '@common/api/schemas'
import { formatIssues } from '@common/domain/validation-message'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { parseWorkshopData, serializeWorkshop } from '@common/domain/workshop/parse'
import { problemInEnglish } from '../../support/workshop-problem'

const huge = 'k'.repeat(1_000_000)

function withChange(change: (data: Record<string, any>) => void): unknown {
  const data = JSON.parse(serializeWorkshop(blankWorkshop('Test'))) as Record<string, any>
  change(data)
  return data
}

function messageOf(data: unknown): string {
  const parsed = parseWorkshopData(data)
  return parsed.ok ? '(accepted)' : problemInEnglish(parsed.problem)
}

describe('a message about a workshop file', () => {
  it('quotes a huge unknown key as a short, marked excerpt', () => {
    const message = messageOf(withChange((d) => (d[huge] = 1)))
    expect(message.length).toBeLessThan(200)
    expect(message).toMatch(/^\(top level\): unrecognized key: "k{20,40}…" \(1000000 characters\)$/)
  })

  it('does the same for a key deep inside, and for several', () => {
    const message = messageOf(
      withChange((d) => {
        d.exercises[0][huge] = 1
        d.exercises[0][`${huge}2`] = 2
      }),
    )
    expect(message.length).toBeLessThan(300)
    expect(message.startsWith('exercises[0]: unrecognized keys: "k')).toBe(true)
  })
})

describe('a message about a bridge call’s argument', () => {
  it('quotes a huge key in its field path as a short, marked excerpt', () => {
    const parsed = apiSchemas.arrangeGroups.safeParse({
      people: [{ id: 'p1', name: 'Ana', attributes: { [huge]: 'x' } }],
      rules: { size: 2, perExercise: false, mixBy: null, apart: [], together: [] },
      seed: null,
    })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const message = formatIssues(parsed.error.issues)
    expect(message.length).toBeLessThan(300)
    expect(message).toContain('…')
  })

  it('shortens a huge value a message would quote', () => {
    const message = formatIssues([
      { code: 'custom', path: ['note'], message: `expected less, got ${huge}`, input: huge },
    ])
    expect(message.length).toBeLessThan(400)
  })
})
