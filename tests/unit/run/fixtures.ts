import { createRun } from '@common/domain/run/transitions'
import type { RunState } from '@common/domain/run/run-state'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

export function builtinRun(): RunState {
  return createRun('session-1', { source: 'builtin', id: 'mentoring-guide' }, loadBuiltinWorkshop())
}
