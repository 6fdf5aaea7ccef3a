import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { join } from 'node:path'
import { findJsonError } from '@common/domain/workshop/json-error'
import { parseWorkshopText, serializeWorkshop } from '@common/domain/workshop/parse'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { repoRoot } from '../../support/paths'
import { problemInEnglish } from '../../support/workshop-problem'

function messageOf(text: string): string {
  const parsed = parseWorkshopText(text)
  return parsed.ok ? '(accepted)' : problemInEnglish(parsed.problem)
}

describe('what a file that cannot be imported is told, in plain words', () => {
  it('says a package.json is not a workshop, rather than naming schemaVersion', () => {
    const packageJson = readFileSync(join(repoRoot, 'package.json'), 'utf8')
    expect(messageOf(packageJson)).toBe(
      'This file is not a Facilitator workshop: it has no exercises',
    )
    expect(messageOf('{ "exercises": [] }')).toBe(
      'This file is not a Facilitator workshop: it has no title',
    )
    expect(messageOf('[1, 2]')).toBe(
      'This file is not a Facilitator workshop: it holds a list, not a workshop',
    )
    expect(messageOf('"hello"')).toBe(
      'This file is not a Facilitator workshop: it holds a single value, not a workshop',
    )
  })

  it('says where a text file stops being JSON, by line and column', () => {
    expect(messageOf('What is this?\nNot JSON.')).toBe(
      'This file is not valid JSON: line 1, column 1 (“W” is not expected there)',
    )
    expect(messageOf('{\n  "title": "A",\n  "x": Wrong\n}')).toBe(
      'This file is not valid JSON: line 3, column 8 (“W” is not expected there)',
    )
    expect(messageOf('{\n  "title": "A",\n}')).toBe(
      'This file is not valid JSON: line 3, column 1 (“}” is not expected there)',
    )
    expect(messageOf('{ "title": "unfinished')).toBe(
      'This file is not valid JSON: line 1, column 23 (the text ends too early)',
    )
    expect(messageOf('   \n ')).toBe('This file is empty: a Facilitator workshop is JSON text')
  })

  it('keeps naming the field for a workshop with one bad field', () => {
    const data = JSON.parse(serializeWorkshop(blankWorkshop('T'))) as {
      exercises: { phases: { minutes: unknown }[] }[]
    }
    data.exercises[0]!.phases[0]!.minutes = 0
    expect(messageOf(JSON.stringify(data))).toBe(
      'exercises[0].phases[0].minutes: expected a positive number',
    )
  })

  it('reads a workshop saved with a byte-order mark', () => {
    expect(parseWorkshopText(`\uFEFF${serializeWorkshop(blankWorkshop('T'))}`).ok).toBe(true)
  })
})

describe('findJsonError', () => {
  it('finds nothing wrong in JSON, and agrees with JSON.parse on what is not', () => {
    const samples = [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
      '{"a":1,}',
      '[1 2]',
      '{"a" 1}',
      '01',
      '"\\q"',
      '[',
      '{"a":{"b":[[]]}}}',
      'nul',
      '"tab\there"',
    ]
    for (const text of samples) {
      let parses = true
      try {
        JSON.parse(text)
      } catch {
        parses = false
      }
      expect(findJsonError(text) === null, text).toBe(parses)
    }
  })

  it('agrees with JSON.parse on random and damaged JSON', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', 'x', '\\'))
      .map(([text, at, put]) => {
        const i = at % (text.length + 1)
        return text.slice(0, i) + put + text.slice(i + 1)
      })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damaged), (text) => {
        let parses = true
        try {
          JSON.parse(text)
        } catch {
          parses = false
        }
        expect(findJsonError(text) === null).toBe(parses)
      }),
      { numRuns: 5000 },
    )
  })

  it('does not overflow on deep nesting', () => {
    expect(findJsonError(`${'['.repeat(100_000)}x`)).toEqual({
      line: 1,
      column: 100_001,
      found: 'x',
    })
  })
})
