import {
  cutPrompts,
  findLargestFitting,
  fitPrompts,
  markHyphenatedWords,
  PROMPT_SIZE,
} from '@common/room/prompt-fit'

/** A stand-in for the room's layout: a box holding `capacity` character-heights of text. */
function fitsIn(capacity: number) {
  return (prompts: readonly string[], size: number, continued: boolean) => {
    const chars = prompts.reduce((sum, prompt) => sum + prompt.length, 0)
    return chars * size * size + (continued ? 100 : 0) <= capacity
  }
}

describe('findLargestFitting', () => {
  it('finds the boundary to the precision asked', () => {
    const found = findLargestFitting(0, 10, (value) => value <= 6.32, 0.01)
    expect(found).toBeGreaterThan(6.31)
    expect(found).toBeLessThanOrEqual(6.32)
  })

  it('returns the top when everything fits and null when nothing does', () => {
    expect(findLargestFitting(1, 5, () => true, 0.1)).toBe(5)
    expect(findLargestFitting(1, 5, () => false, 0.1)).toBeNull()
  })
})

describe('cutPrompts', () => {
  it('keeps whole prompts while they fit and cuts the next at a word, with an ellipsis', () => {
    expect(cutPrompts(['one two', 'three four five'], 13)).toEqual(['one two', 'three…'])
  })

  it('never cuts a word in half and drops a prompt with no whole word left', () => {
    expect(cutPrompts(['alpha beta'], 8)).toEqual(['alpha…'])
    expect(cutPrompts(['alpha', 'beta gamma'], 7)).toEqual(['alpha'])
  })

  it('keeps everything when the budget covers it', () => {
    expect(cutPrompts(['a b', 'c'], 100)).toEqual(['a b', 'c'])
  })
})

describe('fitPrompts', () => {
  it('shows short prompts whole at the largest size', () => {
    expect(fitPrompts(['Say your name.'], fitsIn(1e6))).toEqual({
      size: PROMPT_SIZE.largest,
      prompts: ['Say your name.'],
      continued: false,
    })
  })

  it('shrinks longer prompts, but never below the floor', () => {
    const prompts = ['x'.repeat(1000)]
    const fit = fitPrompts(prompts, fitsIn(1000 * 5 * 5))
    expect(fit.continued).toBe(false)
    expect(fit.size).toBeGreaterThanOrEqual(4.9)
    expect(fit.size).toBeLessThanOrEqual(5)
  })

  it('past the floor, shows as much as fits at the floor and marks the rest as continued', () => {
    const words = 'word '.repeat(2000).trim()
    const capacity = 3000 * PROMPT_SIZE.floor ** 2 + 100
    const fit = fitPrompts([words, words], fitsIn(capacity))
    expect(fit.size).toBe(PROMPT_SIZE.floor)
    expect(fit.continued).toBe(true)
    expect(fit.prompts).toHaveLength(1)
    expect(fit.prompts[0]?.endsWith('word…')).toBe(true)
    expect(fitsIn(capacity)(fit.prompts, fit.size, true)).toBe(true)
  })
})

describe('hyphenated words on the room', () => {
  it('are marked to be set whole, and nothing of the prompt is lost', () => {
    const prompt = 'Gallery walk: read-outs from François-Xavier – then vote (10 min).'
    const runs = markHyphenatedWords(prompt)
    expect(runs.map((run) => run.text).join('')).toBe(prompt)
    expect(runs.filter((run) => run.whole).map((run) => run.text)).toEqual([
      'read-outs',
      'François-Xavier',
    ])
    expect(markHyphenatedWords('No hyphen – a dash')).toEqual([
      { text: 'No hyphen – a dash', whole: false },
    ])
  })
})
