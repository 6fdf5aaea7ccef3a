/**
 * A small seeded generator (mulberry32). Groups are drawn from a seed kept in the session record,
 * so drawing again from that seed gives the same groups on any machine; the bench uses it too, so
 * two runs make the same choices and differ only in how fast the machine was.
 */
export function makeSeededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [0, below) from `random`. */
export function pickIndex(random: () => number, below: number): number {
  return Math.floor(random() * below)
}

/** Shuffles a copy of `items` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1)
    const held = copy[i] as T
    copy[i] = copy[j] as T
    copy[j] = held
  }
  return copy
}
