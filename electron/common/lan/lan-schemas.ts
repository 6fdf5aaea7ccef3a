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
}
