import { join } from 'node:path'
import { warmUpHandoutsLater } from '../../../electron/services/handouts/warm-up'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'

function recordingLog() {
  const warnings: string[] = []
  return {
    warnings,
    log: { info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined },
  }
}

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('warming up the handouts in the background', () => {
  it('logs a warm-up that fails instead of throwing it at nobody', async () => {
    const { warnings, log } = recordingLog()
    warmUpHandoutsLater(loadBuiltinWorkshop(), join(resourcesDir, 'no-such-fonts'), 0, log)
    await vi.waitFor(() => expect(warnings).toEqual(['Warming up the handouts failed']))
  })

  it('does nothing once cancelled', async () => {
    const { warnings, log } = recordingLog()
    const cancel = warmUpHandoutsLater(
      loadBuiltinWorkshop(),
      join(resourcesDir, 'no-such-fonts'),
      10,
      log,
    )
    cancel()
    await waitMs(100)
    expect(warnings).toEqual([])
  })
})
