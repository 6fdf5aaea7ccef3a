import { flushWithin } from '../../../electron/main/bounded-flush'

function recordingLog() {
  const lines: string[] = []
  const push = (message: string, error?: unknown) =>
    void lines.push(
      error === undefined
        ? message
        : `${message}: ${error instanceof Error ? error.message : 'not an error'}`,
    )
  return { lines, log: { info: push, warn: push, error: push } }
}

describe('flushWithin', () => {
  it('waits for a flush that finishes, and logs nothing', async () => {
    const { lines, log } = recordingLog()
    let done = false
    const flush = new Promise<void>((resolve) =>
      setTimeout(() => {
        done = true
        resolve()
      }, 20),
    )
    await flushWithin(flush, () => [], log, 1_000)
    expect(done).toBe(true)
    expect(lines).toEqual([])
  })

  it('gives up on a flush that never finishes, naming the files still being written', async () => {
    const { lines, log } = recordingLog()
    await flushWithin(new Promise<void>(() => undefined), () => ['/data/settings.json'], log, 30)
    expect(lines).toEqual(['Quit after 30 ms without every write finishing: /data/settings.json'])
  })

  it('logs a failed flush instead of rejecting', async () => {
    const { lines, log } = recordingLog()
    await expect(
      flushWithin(Promise.reject(new Error('EIO')), () => [], log, 1_000),
    ).resolves.toBeUndefined()
    expect(lines).toEqual(['A write failed while quitting: EIO'])
  })
})
