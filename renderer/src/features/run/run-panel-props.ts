import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'

/** What the console's side panels get: the run, the current time, and a way to command it. */
export interface RunPanelProps {
  state: RunState
  now: number
  send: (command: RunCommand) => void
}
