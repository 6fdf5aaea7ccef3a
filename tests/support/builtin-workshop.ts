import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import { resourcesDir } from './paths'
import { problemInEnglish } from './workshop-problem'

/** The built-in workshop, parsed the way the app reads it. */
export function loadBuiltinWorkshop(): Workshop {
  const parsed = parseWorkshopText(
    readFileSync(join(resourcesDir, 'workshops/mentoring-guide.workshop.json'), 'utf8'),
  )
  if (!parsed.ok) throw new Error(problemInEnglish(parsed.problem))
  return parsed.workshop
}
