/**
 * For double-sided printing: given the page each exercise starts on when printed straight
 * through, the exercises (by index) that need a Notes page before them so that each starts on a
 * right-hand (odd) page. Each Notes page shifts every later exercise by one page, which is
 * counted as it goes; exercises start fresh pages, so nothing else moves.
 */
export function planNotesPages(startPages: readonly number[]): number[] {
  const before: number[] = []
  startPages.forEach((page, index) => {
    if ((page + before.length) % 2 === 0) before.push(index)
  })
  return before
}
