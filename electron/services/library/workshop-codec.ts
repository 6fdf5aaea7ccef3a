import { parseWorkshopText, serializeWorkshop } from '@common/domain/workshop/parse'
import { describeWorkshopProblem } from '@common/domain/workshop/problem-words'
import type { Workshop } from '@common/domain/workshop/schema'
import { translatorFor } from '@common/i18n/translator'
import type { Codec } from '../storage/durable-adapter'

/**
 * How a workshop is written to its file and read back (throwing on a file that is not valid, in
 * English: the error goes to the log, and a read the console shows goes through readWorkshopFile).
 */
export const workshopCodec: Codec<Workshop> = {
  parse: (text) => {
    const parsed = parseWorkshopText(text)
    if (!parsed.ok) throw new Error(describeWorkshopProblem(translatorFor('en'), parsed.problem))
    return parsed.workshop
  },
  serialize: serializeWorkshop,
}
