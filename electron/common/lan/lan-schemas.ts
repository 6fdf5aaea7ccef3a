import { z } from 'zod'

const noArgument = z.strictObject({}, { error: 'expected an empty object' })

/** The LAN calls' schemas, spread into the API's. */
export const lanSchemas = {
  getLanStatus: noArgument,
  setLanOpen: z.strictObject({
    open: z.boolean(),
    port: z
      .number({ error: 'expected a port number' })
      .int({ error: 'expected a whole port number' })
      .min(1024, { error: 'expected a port from 1024 to 65535 (lower ones need an administrator)' })
      .max(65535, { error: 'expected a port from 1024 to 65535' })
      .optional(),
  }),
  renewLanLinks: noArgument,
  checkLanReach: noArgument,
  setParticipantInputs: z.strictObject({ open: z.boolean() }),
  moderateInput: z.strictObject({
    id: z.string().min(1).max(64),
    action: z.enum(['show', 'hide', 'answered', 'done', 'drop']),
  }),
  openVote: z.strictObject({
    question: z
      .string()
      .trim()
      .min(1, { error: 'expected a question for the vote' })
      .max(200, { error: 'expected a question of at most 200 characters' }),
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1, { error: 'expected an option, got an empty line' })
          .max(80, { error: 'expected options of at most 80 characters' }),
      )
      .min(2, { error: 'expected at least two options' })
      .max(20, { error: 'expected at most 20 options' }),
    mode: z.enum(['one', 'dots']),
    dots: z.number().int().min(1).max(10, { error: 'expected at most 10 dots each' }),
  }),
  closeVote: noArgument,
  showVoteOnRoom: z.strictObject({ on: z.boolean() }),
  showJoinOnRoom: z.strictObject({ on: z.boolean() }),
}
