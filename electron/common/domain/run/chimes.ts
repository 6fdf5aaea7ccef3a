/** What the room display saw at its last frame: which phase, and how much time was left. */
export interface ChimeFrame {
  /** Identifies a phase of a session: session, item and phase together. */
  phaseKey: string
  remainingMs: number
}

export type ChimeKind = 'end' | 'warning'

/** A chime to play, and the phase it belongs to (each phase rings each kind once at most). */
export interface ChimeCue {
  kind: ChimeKind
  phaseKey: string
}

/**
 * Which chime, if any, the step from one counting frame to the next calls for. A chime sounds only
 * when the clock crosses its line while counting: the end at zero, the warning at the threshold.
 * Pausing (no frames), resuming (the first frame has nothing before it) or reloading never crosses
 * a line again, so a chime never replays. A phase that advanced on its own, whose last frame was
 * within a second of the end, still gets its end chime.
 */
export function chimeFor(
  previous: ChimeFrame | null,
  current: ChimeFrame,
  warningMs: number,
): ChimeCue | null {
  if (previous === null) return null
  if (previous.phaseKey !== current.phaseKey) {
    const endedOnTime = previous.remainingMs > 0 && previous.remainingMs <= 1000
    return endedOnTime ? { kind: 'end', phaseKey: previous.phaseKey } : null
  }
  if (previous.remainingMs > 0 && current.remainingMs <= 0)
    return { kind: 'end', phaseKey: current.phaseKey }
  const warns =
    warningMs > 0 && previous.remainingMs > warningMs && current.remainingMs <= warningMs
  return warns ? { kind: 'warning', phaseKey: current.phaseKey } : null
}
