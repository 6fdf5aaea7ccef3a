import { z } from 'zod'
import { requiredText } from '../visible-text'

const name = requiredText('a name', 120)

const personId = z.string().regex(/^p[0-9]{1,6}$/, { error: 'expected a person id such as p12' })

/** One participant: a name, and attributes from an imported sheet (career stage, branch…). */
export const personSchema = z.strictObject({
  id: personId,
  name,
  attributes: z.record(z.string().max(60), z.string().max(200)),
})
export type Person = z.infer<typeof personSchema>

/** How groups are drawn; the seed is kept so a re-run draws the same groups. */
export const groupingRulesSchema = z.strictObject({
  /** People per group: 2 for pairs, 3 for trios, more for small groups. */
  size: z.number().int().min(2, { error: 'expected groups of at least 2' }).max(12),
  /** New groups for each exercise, or one grouping kept for the whole session. */
  perExercise: z.boolean(),
  seed: z.number().int().min(0).max(0xffffffff),
  /** The attribute whose values each group should mix ("career stage"), or null. */
  mixBy: z.string().max(60).nullable(),
  /** Pairs of people never put in one group. */
  apart: z.array(z.tuple([personId, personId])).max(200),
  /** Pairs of people always put in one group. */
  together: z.array(z.tuple([personId, personId])).max(200),
})
export type GroupingRules = z.infer<typeof groupingRulesSchema>

export const roleSchema = z.enum(['a', 'b', 'observer'])

/** One person's place in a group, with the role they take this round (null in larger groups). */
export const groupMemberSchema = z.strictObject({
  personId,
  role: roleSchema.nullable(),
})
export type GroupMember = z.infer<typeof groupMemberSchema>
export type Group = GroupMember[]

/** The groups of one exercise. */
export const roundSchema = z.strictObject({
  exerciseId: z.string().max(64),
  groups: z.array(z.array(groupMemberSchema).min(1)),
})
export type Round = z.infer<typeof roundSchema>
