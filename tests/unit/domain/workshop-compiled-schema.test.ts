import fc from 'fast-check'
import { compiledWorkshopSchema } from '@common/domain/workshop/parse'
import { workshopSchema } from '@common/domain/workshop/schema'
import { formatIssues } from '@common/domain/validation-message'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { arbitraryWorkshop } from '../../support/random-workshop'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every place in a JSON tree, as the keys that lead to it. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at]
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))]
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))]
  return here
}

/** What a careless edit, an old version or a hostile file does to one place. */
const arbitraryChange: fc.Arbitrary<(value: Json) => Json | undefined> = fc.oneof(
  fc.constant(() => undefined),
  fc.jsonValue().map((replacement) => () => replacement as Json),
  fc
    .constantFrom<Json>('', '   ', 'x'.repeat(5000), 0, -1, 1.5, 601, 1e9, true, null, [], {})
    .map((replacement) => () => replacement),
  // A copy of a neighbour: duplicate ids, two breaks in a row, a repeated phase.
  fc.constant((value: Json) =>
    Array.isArray(value) && value.length > 0 ? [...value, value[0] ?? null] : value,
  ),
  fc.constant((value: Json) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { ...value, unexpected: 'field' }
      : value,
  ),
  fc.constant((value: Json) => (typeof value === 'string' ? ` ${value.toUpperCase()} ` : value)),
)

/** The data with the place at `path` changed (or removed when the change gives undefined). */
function changeAt(
  data: Json,
  path: (string | number)[],
  change: (value: Json) => Json | undefined,
): Json {
  const copy = structuredClone(data)
  if (path.length === 0) return change(copy) ?? null
  let parent: Json = copy
  for (const key of path.slice(0, -1))
    parent = (parent as Record<string | number, Json>)[key] as Json
  const last = path[path.length - 1] as string | number
  const container = parent as Record<string | number, Json>
  const changed = change(container[last] as Json)
  if (changed !== undefined) container[last] = changed
  else if (Array.isArray(parent)) parent.splice(last as number, 1)
  else Reflect.deleteProperty(container, last)
  return copy
}

const arbitraryFile: fc.Arbitrary<Json> = fc
  .tuple(
    fc.oneof(
      fc.constant(loadBuiltinWorkshop() as unknown as Json),
      arbitraryWorkshop as fc.Arbitrary<unknown> as fc.Arbitrary<Json>,
    ),
    fc.array(fc.tuple(fc.nat(), arbitraryChange), { maxLength: 3 }),
  )
  .map(([workshop, changes]) =>
    changes.reduce<Json>((data, [place, change]) => {
      const paths = pathsOf(data)
      return changeAt(data, paths[place % paths.length] ?? [], change)
    }, workshop),
  )

function verdict(schema: typeof workshopSchema, data: Json) {
  const result = schema.safeParse(structuredClone(data))
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: formatIssues(result.error.issues, Number.POSITIVE_INFINITY) }
}

describe('the compiled workshop check', () => {
  it('accepts, fills in and refuses exactly as the schema does, naming the same fields', () => {
    const compiled = compiledWorkshopSchema()
    let refused = 0
    fc.assert(
      fc.property(arbitraryFile, (file) => {
        const expected = verdict(workshopSchema, file)
        if (!expected.ok) refused += 1
        expect(verdict(compiled, file)).toEqual(expected)
      }),
      { numRuns: 400 },
    )
    // The changes must reach the refusals too, or the comparison says nothing about them.
    expect(refused).toBeGreaterThan(100)
  })

  it('refuses what a structural check alone would let through', () => {
    const builtin = loadBuiltinWorkshop()
    const [first, second] = builtin.exercises
    if (first?.kind !== 'exercise' || second === undefined) throw new Error('fixture changed')
    const cases: [string, unknown][] = [
      ['title', { ...builtin, title: '   ' }],
      ['exercises[1].id', { ...builtin, exercises: [first, { ...second, id: first.id }] }],
      [
        'exercises[0].focusAreaId',
        { ...builtin, exercises: [{ ...first, focusAreaId: 'nowhere' }] },
      ],
      [
        'exercises[0].guideTypicalMinutes',
        { ...builtin, exercises: [{ ...first, guideTypicalMinutes: { min: 30, max: 10 } }] },
      ],
    ]
    for (const [field, data] of cases) {
      const result = compiledWorkshopSchema().safeParse(data)
      expect(result.success).toBe(false)
      expect(formatIssues(result.error?.issues ?? [])).toContain(`${field}:`)
    }
  })
})
