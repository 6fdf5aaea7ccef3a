import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import { createRun } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import { resourcesDir } from '../../support/paths'

export function builtinWorkshop(): Workshop {
  const parsed = parseWorkshopText(
    readFileSync(join(resourcesDir, 'workshops/mentoring-guide.workshop.json'), 'utf8'),
  )
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.workshop
}

export function builtinRun(): RunState {
  return createRun('session-1', { source: 'builtin', id: 'mentoring-guide' }, builtinWorkshop())
}
