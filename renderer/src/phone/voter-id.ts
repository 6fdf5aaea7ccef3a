const KEY = 'facilitator-voter'

/**
 * This phone's own id for votes, kept in the page's storage so it is the same after a reload: a
 * new ballot from this page replaces its last one instead of counting again. Without storage
 * (a private window that refuses it) the id lasts the page's life.
 * (crypto.randomUUID exists only on https pages; getRandomValues works on plain http too.)
 */
export function voterId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  try {
    const kept = storage?.getItem(KEY)
    if (kept != null && /^[0-9a-f]{32}$/.test(kept)) return kept
  } catch {
    // Storage refused: a fresh id below.
  }
  const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
  try {
    storage?.setItem(KEY, id)
  } catch {
    // Storage refused: the id lasts the page's life, as before.
  }
  return id
}
