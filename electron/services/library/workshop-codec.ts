import { parseWorkshopText, serializeWorkshop } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import type { Codec } from '../storage/durable-adapter'

/** How a workshop is written to its file and read back (throwing on a file that is not valid). */
export const workshopCodec: Codec<Workshop> = {
  parse: (text) => {
    const parsed = parseWorkshopText(text)
    if (!parsed.ok) throw new Error(parsed.message)
    return parsed.workshop
  },
  serialize: serializeWorkshop,
}
