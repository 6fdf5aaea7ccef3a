/**
 * How big the room's prompts are, as percentages of the room screen's height. The largest size
 * reads comfortably from the back of a room; below the floor, text stops being readable there,
 * so the room cuts the text and points to the worksheet instead of shrinking further.
 */
export const PROMPT_SIZE = { largest: 6.5, floor: 4 } as const

/** What the room shows of a phase's prompts, and at which size. */
export interface PromptFit {
  /** Font size in percent of the room screen's height. */
  size: number
  /** The prompts as shown: all of them, or the ones that fit with the last one cut short. */
  prompts: string[]
  /** True when text was left out: the room then says it continues on the worksheet. */
  continued: boolean
}

/**
 * The largest value in [low, high], to `precision`, for which `fits` holds, assuming that smaller
 * values fit whenever a larger one does; null when not even `low` fits.
 */
export function findLargestFitting(
  low: number,
  high: number,
  fits: (value: number) => boolean,
  precision: number,
): number | null {
  if (fits(high)) return high
  if (!fits(low)) return null
  let good = low
  let bad = high
  while (bad - good > precision) {
    const middle = (good + bad) / 2
    if (fits(middle)) good = middle
    else bad = middle
  }
  return good
}

/**
 * The first `budget` characters of the prompts: whole prompts while they fit, then the next one
 * cut at a word boundary and ended with an ellipsis, so no word is ever cut in half.
 */
export function cutPrompts(prompts: readonly string[], budget: number): string[] {
  const shown: string[] = []
  let left = budget
  for (const prompt of prompts) {
    if (prompt.length <= left) {
      shown.push(prompt)
      left -= prompt.length
      continue
    }
    const head = prompt.slice(0, left + 1)
    const lastSpace = head.search(/\s\S*$/)
    const cut = (lastSpace > 0 ? head.slice(0, lastSpace) : '').replace(/[\s,;:.–—-]+$/, '')
    if (cut !== '') shown.push(`${cut}…`)
    break
  }
  return shown
}

/**
 * Chooses what the room shows of `prompts`: all of them at the largest size that fits, down to
 * the floor; past the floor, at the floor size, as much text as fits with room left for the
 * "continued on your worksheet" mark. `fits(prompts, size, continued)` measures one candidate;
 * the room measures in its own layout, so this decides identically in the room and in the
 * editor's preview of it.
 */
export function fitPrompts(
  prompts: readonly string[],
  fits: (prompts: readonly string[], size: number, continued: boolean) => boolean,
): PromptFit {
  const size = findLargestFitting(
    PROMPT_SIZE.floor,
    PROMPT_SIZE.largest,
    (candidate) => fits(prompts, candidate, false),
    0.1,
  )
  if (size !== null) return { size, prompts: [...prompts], continued: false }
  const total = prompts.reduce((sum, prompt) => sum + prompt.length, 0)
  const budget =
    findLargestFitting(
      0,
      total,
      (chars) => fits(cutPrompts(prompts, Math.floor(chars)), PROMPT_SIZE.floor, true),
      1,
    ) ?? 0
  return {
    size: PROMPT_SIZE.floor,
    prompts: cutPrompts(prompts, Math.floor(budget)),
    continued: true,
  }
}

/**
 * A prompt as runs of text, with each hyphenated word ("read-outs", "François-Xavier") marked
 * to be set whole: browsers break a line after a hyphen, and a line that starts "-outs" is
 * misread from the back of the room. Lines still break between words.
 */
export function markHyphenatedWords(text: string): { text: string; whole: boolean }[] {
  const runs: { text: string; whole: boolean }[] = []
  let last = 0
  for (const match of text.matchAll(/\S*\p{L}[-‐]\p{L}\S*/gu)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), whole: false })
    runs.push({ text: match[0], whole: true })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last), whole: false })
  return runs
}
