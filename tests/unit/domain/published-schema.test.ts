import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { blankWorkshop } from '@common/domain/workshop/blank'
import {
  buildWorkshopJsonSchema,
  serializeWorkshopJsonSchema,
  WORKSHOP_SCHEMA_FILE,
} from '@common/domain/workshop/json-schema'
import { parseWorkshopData, serializeWorkshop } from '@common/domain/workshop/parse'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(buildWorkshopJsonSchema())
const builtin = JSON.parse(serializeWorkshop(loadBuiltinWorkshop())) as Record<string, unknown>
const exercise = (builtin.exercises as Record<string, unknown>[])[0] as Record<string, unknown>
const phase = (exercise.phases as Record<string, unknown>[])[0] as Record<string, unknown>

const withExercise = (patch: Record<string, unknown>) => ({
  ...builtin,
  exercises: [{ ...exercise, ...patch }],
})
const withPhase = (patch: Record<string, unknown>) =>
  withExercise({ phases: [{ ...phase, ...patch }] })

/** Files both must accept: as the app writes them, and by hand without the defaults. */
const validFiles: Record<string, unknown> = {
  'the built-in workshop as written': builtin,
  'a new workshop as written': JSON.parse(serializeWorkshop(blankWorkshop('Reading group'))),
  'a file without $schema': { ...builtin, $schema: undefined },
  'a file leaving out what has defaults': {
    schemaVersion: 2,
    title: 'Short',
    description: '',
    audience: '',
    credits: [],
    focusAreas: [],
    exercises: [{ kind: 'break', id: 'tea', title: 'Tea', minutes: 10 }],
  },
  'a phase of half a minute': withPhase({ minutes: 0.5 }),
}

/** Files both must refuse, each for one reason. */
const invalidFiles: Record<string, unknown> = {
  'no title': { ...builtin, title: undefined },
  'a blank title': { ...builtin, title: '   ' },
  'an unknown field': { ...builtin, colour: 'teal' },
  'an older or newer version': { ...builtin, schemaVersion: 3 },
  'no exercises': { ...builtin, exercises: [] },
  'a start that is not HH:MM': { ...builtin, plannedStart: '9:00' },
  'a room theme it does not know': { ...builtin, roomTheme: 'pink' },
  'seconds that are not whole': { ...builtin, warningSeconds: 1.5 },
  'an id with capitals': withExercise({ id: 'Bad Id' }),
  'an unknown kind': withExercise({ kind: 'talk' }),
  'a phase of no minutes': withPhase({ minutes: 0 }),
  'a phase over 600 minutes': withPhase({ minutes: 601 }),
  'a grouping it does not know': withPhase({ grouping: 'circle' }),
  'thirteen prompts': withPhase({ prompts: Array.from({ length: 13 }, (_, i) => `P${String(i)}`) }),
  'a phase label too long': withPhase({ label: 'x'.repeat(121) }),
}

describe('the published workshop schema', () => {
  it.each(Object.entries(validFiles))('accepts %s, as the app does', (_, file) => {
    const data = JSON.parse(JSON.stringify(file)) as unknown
    expect(parseWorkshopData(data).ok).toBe(true)
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each(Object.entries(invalidFiles))('refuses %s, as the app does', (_, file) => {
    const data = JSON.parse(JSON.stringify(file)) as unknown
    expect(parseWorkshopData(data).ok).toBe(false)
    expect(validate(data)).toBe(false)
  })

  it('is the one shipped in resources/, generated from the zod schema', async () => {
    await expect(serializeWorkshopJsonSchema()).toMatchFileSnapshot(
      join(resourcesDir, WORKSHOP_SCHEMA_FILE),
    )
  })

  it('gives the fields people edit by hand their hover text', () => {
    const text = readFileSync(join(resourcesDir, WORKSHOP_SCHEMA_FILE), 'utf8')
    expect(text).toContain('"description": "Short enough to read from the back of a room')
    expect(text).toContain('"description": "How long the phase lasts, in minutes (at most 600)."')
  })

  it('is named by every file the app writes', () => {
    expect(serializeWorkshop(blankWorkshop('x'))).toMatch(
      /^\{\n {2}"\$schema": ".\/.workshop.schema.json",\n/,
    )
  })
})
