import { chimeFor, type ChimeFrame } from '@common/domain/run/chimes'

const frame = (remainingMs: number, phaseKey = 's:1:0'): ChimeFrame => ({ phaseKey, remainingMs })

describe('chimeFor', () => {
  it('rings the end when the clock crosses zero while counting, and the warning at its threshold', () => {
    expect(chimeFor(frame(16), frame(-1), 60_000)).toEqual({ kind: 'end', phaseKey: 's:1:0' })
    expect(chimeFor(frame(60_010), frame(59_990), 60_000)).toEqual({
      kind: 'warning',
      phaseKey: 's:1:0',
    })
    expect(chimeFor(frame(59_990), frame(59_970), 60_000)).toBeNull()
    expect(chimeFor(frame(60_010), frame(59_990), 0)).toBeNull()
  })

  it('never replays after a pause, a resume or a reload', () => {
    // The first frame after resuming or reloading has nothing before it.
    expect(chimeFor(null, frame(-5_000), 60_000)).toBeNull()
    // Counting on in overtime, or after the warning, crosses nothing again.
    expect(chimeFor(frame(-5_000), frame(-4_983), 60_000)).toBeNull()
    expect(chimeFor(frame(30_000), frame(29_983), 60_000)).toBeNull()
  })

  it('rings the end of a phase that advanced on its own, but not one the facilitator skipped early', () => {
    expect(chimeFor(frame(12, 's:1:0'), frame(89_990, 's:1:1'), 60_000)).toEqual({
      kind: 'end',
      phaseKey: 's:1:0',
    })
    expect(chimeFor(frame(45_000, 's:1:0'), frame(120_000, 's:1:1'), 60_000)).toBeNull()
  })
})
