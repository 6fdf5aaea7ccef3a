import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'

/**
 * What the console's side panels get: the run and a way to command it. A panel that shows the
 * time reads it itself (`useSecondNow`), so only that panel redraws each second.
 */
export interface RunPanelProps {
  state: RunState
  send: (command: RunCommand) => void
}
