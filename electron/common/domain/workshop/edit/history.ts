/**
 * An undo history: what was, what is, and what was undone. Each committed change is one step,
 * except that consecutive changes with the same coalescing key (typing in one field) make one.
 */
export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** The key of the last committed change, while further changes with it join that step. */
  openKey: string | null
}

/** The most steps kept; older ones are forgotten. */
export const HISTORY_LIMIT = 200

/** A history with nothing to undo. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], openKey: null }
}

/**
 * Records `next` as the present. With a `key` equal to the open step's key, replaces that step's
 * result instead of adding a step; a change to an equal object (by identity) records nothing.
 */
export function commit<T>(history: History<T>, next: T, key: string | null = null): History<T> {
  if (next === history.present) return history
  if (key !== null && key === history.openKey) {
    return { ...history, present: next, future: [] }
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT)
  return { past, present: next, future: [], openKey: key }
}

/** Ends the open step, so the next change, even to the same field, is a step of its own. */
export function seal<T>(history: History<T>): History<T> {
  return history.openKey === null ? history : { ...history, openKey: null }
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0
}

/** Goes back one step; with nothing to undo, returns the history unchanged. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    openKey: null,
  }
}

/** Goes forward one undone step; with nothing to redo, returns the history unchanged. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return {
    past: [...history.past, history.present],
    present: next,
    future: rest,
    openKey: null,
  }
}

/**
 * Replaces the present without a step, as when a saved-elsewhere version is reloaded: the
 * history is cleared, since its steps no longer lead to this version.
 */
export function resetHistory<T>(present: T): History<T> {
  return startHistory(present)
}
