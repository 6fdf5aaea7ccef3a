import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseWorkshopData, parseWorkshopText } from '@common/domain/workshop/parse'
import { LibraryFolder } from '../../../electron/services/library/library-folder'
import { resourcesDir } from '../../support/paths'
import { makeTempFolder } from '../../support/temp-folders'
import { problemInEnglish } from '../../support/workshop-problem'

const builtinText = await readFile(
  join(resourcesDir, 'workshops/mentoring-guide.workshop.json'),
  'utf8',
)

/** A message names a field (`exercises[3].phases[0].minutes: …`), the top level, or bad JSON. */
// A field named first, or one plain sentence about the whole file.
const FIELD_NAMED =
  /^(\(top level\)|[A-Za-z]\w*(\[\d+\]|\.\w+)*): \S|^This file is (not valid JSON: line \d+, column \d+ \(|not a Facilitator workshop: it |empty)/

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))]
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))]
  }
  return here
}

const builtinData = JSON.parse(builtinText) as Json
const builtinPaths = pathsOf(builtinData)

/** The built-in workshop with one value replaced by something random, or removed. */
const mutatedWorkshop = fc
  .record({
    path: fc.constantFrom(...builtinPaths),
    replacement: fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(-1, 0, 1e9, Number.NaN, '', ' ', '__proto__', 'x'.repeat(5000), [], {}),
      fc.constant(undefined),
    ),
  })
  .map(({ path, replacement }) => {
    const copy = structuredClone(builtinData) as Record<string | number, unknown>
    let parent = copy
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
    const last = path.at(-1)!
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1)
      else Reflect.deleteProperty(parent, last)
    } else parent[last] = replacement
    return copy
  })

describe('the workshop loader, fed random and malformed files', () => {
  it('never throws on any text, and refuses what it cannot read with a field-named message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const parsed = parseWorkshopText(text)
          if (!parsed.ok) expect(problemInEnglish(parsed.problem)).toMatch(FIELD_NAMED)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('accepts a mutated workshop only when it is still valid, and otherwise names the field', () => {
    fc.assert(
      fc.property(mutatedWorkshop, (data) => {
        const parsed = parseWorkshopData(data)
        if (parsed.ok)
          expect(parseWorkshopData(JSON.parse(JSON.stringify(parsed.workshop))).ok).toBe(true)
        else expect(problemInEnglish(parsed.problem)).toMatch(FIELD_NAMED)
      }),
      { numRuns: 3000 },
    )
  })

  it('lists a folder of broken files without modifying any, and still loads the good one', async () => {
    const folder = await makeTempFolder('property')
    try {
      const samples = fc.sample(
        fc.oneof(
          mutatedWorkshop.map((d) => JSON.stringify(d, null, 2)),
          fc.string(),
          fc.json(),
        ),
        { numRuns: 1500, seed: 20261127 },
      )
      const written = new Map<string, string>()
      await Promise.all(
        samples.map(async (text, i) => {
          const name = `sample-${String(i)}.workshop.json`
          written.set(name, text)
          await writeFile(join(folder.path, name), text)
        }),
      )
      await writeFile(join(folder.path, 'good.workshop.json'), builtinText)

      const scan = await new LibraryFolder(folder.path).scan()

      expect(scan.files.map((f) => f.fileName)).toContain('good.workshop.json')
      expect(scan.broken.length + scan.files.length).toBe(samples.length + 1)
      expect(scan.broken.length).toBeGreaterThan(samples.length / 2)
      for (const broken of scan.broken) expect(broken.message, broken.fileName).toMatch(FIELD_NAMED)
      for (const [name, text] of written)
        expect(await readFile(join(folder.path, name), 'utf8')).toBe(text)
    } finally {
      await folder.remove()
    }
  })
})

describe('a library file with a huge unknown key', () => {
  it('is listed as broken with a short message that quotes the key’s start', async () => {
    const folder = await makeTempFolder('huge-key')
    try {
      const data = JSON.parse(builtinText) as Record<string, unknown>
      data['x'.repeat(1_000_000)] = true
      await writeFile(join(folder.path, 'huge.workshop.json'), JSON.stringify(data))
      const scan = await new LibraryFolder(folder.path).scan()
      expect(scan.broken).toHaveLength(1)
      const { message } = scan.broken[0]!
      expect(message.length).toBeLessThan(200)
      expect(message).toContain('"xxxxxxxxxx')
      expect(message).toContain('…" (1000000 characters)')
    } finally {
      await folder.remove()
    }
  })
})
