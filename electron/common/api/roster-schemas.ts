import { z } from 'zod'
import { groupingRulesSchema, personSchema } from '../domain/grouping/grouping-schema'
import { MAX_ROSTER } from '../domain/grouping/roster-text'
import { requiredText } from '../domain/visible-text'
import { sessionFileNameSchema } from './session-types'

const personId = z.string().max(16)

/** The schemas of the roster calls, spread into the one table of call schemas. */
export const rosterCallSchemas = {
  getRoster: z.strictObject({}, { error: 'expected an empty object' }),
  arrangeGroups: z.strictObject({
    people: z
      .array(personSchema)
      .min(1, { error: 'expected at least one person on the roster' })
      .max(MAX_ROSTER, { error: `expected at most ${String(MAX_ROSTER)} people` }),
    rules: groupingRulesSchema.omit({ seed: true }),
    seed: z.number().int().min(0).max(0xffffffff).nullable(),
  }),
  changeRoster: z.strictObject({
    change: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('swap'),
        exerciseId: z.string().max(64),
        first: personId,
        second: personId,
      }),
      z.strictObject({ kind: z.literal('add'), name: requiredText('a name', 120) }),
      z.strictObject({ kind: z.literal('remove'), personId }),
    ]),
  }),
  clearRoster: z.strictObject({ fileName: sessionFileNameSchema.nullable() }),
  showGroups: z.strictObject({ exerciseId: z.string().max(64).nullable() }),
  countNamedPacks: z.strictObject({
    paper: z.enum(['a4', 'letter']),
    largePrint: z.boolean(),
  }),
  exportGroups: z.strictObject({
    kind: z.enum(['rotation', 'cards', 'namedPacks']),
    paper: z.enum(['a4', 'letter']),
    largePrint: z.boolean().optional(),
    openAfter: z.boolean(),
  }),
}
