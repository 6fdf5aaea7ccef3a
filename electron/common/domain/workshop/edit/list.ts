/** Moves one element of a list to another index; out-of-range moves return the list unchanged. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) {
    return [...list]
  }
  const next = [...list]
  const [moved] = next.splice(from, 1)
  if (moved !== undefined) next.splice(to, 0, moved)
  return next
}

/** Replaces the element at `index` with `change(element)`; out of range leaves the list as it is. */
export function updateAt<T>(list: readonly T[], index: number, change: (value: T) => T): T[] {
  return list.map((value, i) => (i === index ? change(value) : value))
}

/** Removes the element at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/** Inserts `value` so that it ends up at `index` (clamped to the list). */
export function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const at = Math.max(0, Math.min(index, list.length))
  return [...list.slice(0, at), value, ...list.slice(at)]
}
