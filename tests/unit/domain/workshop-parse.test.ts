import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { migrations, storedWorkshopSchema } from '@common/domain/workshop/migrations'
import {
  parseWorkshopData,
  parseWorkshopText,
  serializeWorkshop,
} from '@common/domain/workshop/parse'
import { CURRENT_SCHEMA_VERSION } from '@common/domain/workshop/schema'
import { repoRoot } from '../../support/paths'
import { problemInEnglish } from '../../support/workshop-problem'

function withChange(change: (data: Record<string, any>) => void): unknown {
  const data = JSON.parse(serializeWorkshop(blankWorkshop('Test'))) as Record<string, any>
  change(data)
  return data
}

function messageOf(data: unknown): string {
  const parsed = parseWorkshopData(data)
  return parsed.ok ? '(accepted)' : problemInEnglish(parsed.problem)
}

describe('parseWorkshopText', () => {
  it('reads back what it writes, unchanged', () => {
    const workshop = blankWorkshop('Round trip: José, Zoë, Łukasz')
    const parsed = parseWorkshopText(serializeWorkshop(workshop))
    expect(parsed).toEqual({ ok: true, workshop })
  })

  it('names the field in its message, the way a person reads JSON', () => {
    expect(messageOf(withChange((d) => (d.exercises[0].phases[0].minutes = -3)))).toBe(
      'exercises[0].phases[0].minutes: expected a positive number',
    )
    expect(messageOf(withChange((d) => (d.exercises[0].phases[0].minutes = 'ten')))).toBe(
      'exercises[0].phases[0].minutes: expected a positive number',
    )
    expect(messageOf(withChange((d) => (d.title = '')))).toBe(
      'title: expected a title, got an empty text',
    )
    expect(
      messageOf(withChange((d) => (d.exercises[0].worksheet.blocks[0].kind = 'poem'))),
    ).toMatch(/^exercises\[0\]\.worksheet\.blocks\[0\]\.kind: expected a block kind/)
    expect(messageOf(withChange((d) => (d.exercises[0].surprise = true)))).toMatch(/surprise/)
  })

  it('refuses duplicate ids and unknown focus areas', () => {
    expect(
      messageOf(
        withChange((d) =>
          d.exercises.push({ kind: 'break', id: 'first-exercise', title: 'B', minutes: 5 }),
        ),
      ),
    ).toMatch(/^exercises\[1\]\.id: expected a unique id/)
    expect(messageOf(withChange((d) => (d.exercises[0].focusAreaId = 'nowhere')))).toMatch(
      /^exercises\[0\]\.focusAreaId: expected one of the focus area ids/,
    )
  })

  it('explains JSON syntax errors, newer versions and missing versions', () => {
    const notJson = parseWorkshopText('{ "title": ')
    expect(notJson.ok ? '(accepted)' : problemInEnglish(notJson.problem)).toBe(
      'This file is not valid JSON: line 1, column 12 (the text ends too early)',
    )
    expect(messageOf(withChange((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1)))).toMatch(
      /made by a newer Facilitator/,
    )
    expect(messageOf(withChange((d) => delete d.schemaVersion))).toBe(
      'schemaVersion: missing; a workshop file names its format version, as "schemaVersion": 2',
    )
    expect(messageOf([])).toBe(
      'This file is not a Facilitator workshop: it holds a list, not a workshop',
    )
    expect(messageOf(null)).toBe(
      'This file is not a Facilitator workshop: it holds a single value, not a workshop',
    )
  })
})

describe('migrations', () => {
  // Each older version needs a migration step and a fixture file of that version that migrates
  // to a valid workshop.
  const olderVersions = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1)

  it('has a step for every older version', () => {
    for (const version of olderVersions)
      expect(migrations[version], `migration from v${String(version)}`).toBeTypeOf('function')
    expect(
      Object.keys(migrations)
        .map(Number)
        .every((v) => v < CURRENT_SCHEMA_VERSION),
    ).toBe(true)
  })

  it('migrates a fixture of every older version to a valid workshop', () => {
    for (const version of olderVersions) {
      const fixture = join(repoRoot, 'tests/fixtures', `workshop-v${String(version)}.json`)
      expect(existsSync(fixture), fixture).toBe(true)
      expect(parseWorkshopText(readFileSync(fixture, 'utf8')).ok, fixture).toBe(true)
    }
  })

  it("turns a version-1 break note, which the room showed, into the break's room text", () => {
    const fixture = readFileSync(join(repoRoot, 'tests/fixtures/workshop-v1.json'), 'utf8')
    const v1Break = (
      JSON.parse(fixture) as { exercises: Record<string, unknown>[] }
    ).exercises.find((item) => item.kind === 'break')
    const parsed = parseWorkshopText(fixture)
    if (!parsed.ok) throw new Error(problemInEnglish(parsed.problem))
    const migrated = parsed.workshop.exercises.find((item) => item.kind === 'break')
    expect(v1Break?.note).toMatch(/Countdown on the room screen/)
    expect(migrated).toMatchObject({ roomText: v1Break?.note })
    expect(migrated).not.toHaveProperty('note')
    expect(parsed.workshop.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(parsed.workshop.roomTheme).toBe('dark')
  })

  it('reads a session record or restore point that holds a version-1 workshop', () => {
    const v1 = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/workshop-v1.json'), 'utf8'))
    const stored = storedWorkshopSchema.safeParse(v1)
    expect(stored.success).toBe(true)
    expect(storedWorkshopSchema.safeParse({ ...v1, schemaVersion: 99 }).success).toBe(false)
  })
})
