import { useLayoutEffect, useState, type RefObject } from 'react'
import {
  fitPrompts,
  markHyphenatedWords,
  PROMPT_SIZE,
  type PromptFit,
} from '@common/room/prompt-fit'
import { refitOnChange } from '../../lib/refit-on-change'

/**
 * Lays candidate prompts out in `measure` (a hidden twin of the prompt list, outside React's
 * hands) and says whether they fit the height of `box`.
 */
function measureFits(
  box: HTMLElement,
  measure: HTMLElement,
  listClass: string,
  continuedText: string,
) {
  return (prompts: readonly string[], size: number, continued: boolean): boolean => {
    const list = document.createElement('ul')
    list.className = listClass
    list.style.fontSize = `${String(size)}cqh`
    for (const prompt of prompts) {
      const item = document.createElement('li')
      // Set as FittedPrompts sets it: hyphenated words whole.
      for (const run of markHyphenatedWords(prompt)) {
        if (!run.whole) {
          item.append(run.text)
          continue
        }
        const whole = document.createElement('span')
        whole.className = 'room-nowrap'
        whole.textContent = run.text
        item.append(whole)
      }
      list.append(item)
    }
    measure.replaceChildren(list)
    if (continued) {
      const mark = document.createElement('p')
      mark.className = 'room-continued'
      mark.textContent = continuedText
      measure.append(mark)
    }
    return measure.offsetHeight <= box.clientHeight
  }
}

/**
 * What the room shows of `prompts` in `box`, refitted whenever the box changes size (a message
 * appears, the clock widens in overtime, the window is resized) or the fonts finish loading.
 */
export function usePromptFit(
  prompts: readonly string[],
  box: RefObject<HTMLElement | null>,
  measure: RefObject<HTMLElement | null>,
  listClass: string,
  continuedText: string,
): PromptFit {
  const key = JSON.stringify(prompts)
  const [fit, setFit] = useState<PromptFit & { key: string }>(() => ({
    key,
    size: PROMPT_SIZE.largest,
    prompts: [...prompts],
    continued: false,
  }))
  useLayoutEffect(() => {
    const boxElement = box.current
    const measureElement = measure.current
    if (boxElement === null || measureElement === null) return undefined
    const all = JSON.parse(key) as string[]
    return refitOnChange(boxElement, () => {
      // Nothing laid out (a hidden or detached room): show everything rather than nothing.
      if (boxElement.clientHeight === 0) {
        setFit({ key, size: PROMPT_SIZE.largest, prompts: all, continued: false })
        return
      }
      const next = fitPrompts(
        all,
        measureFits(boxElement, measureElement, listClass, continuedText),
      )
      measureElement.replaceChildren()
      setFit({ key, ...next })
    })
  }, [key, box, measure, listClass, continuedText])
  return fit.key === key
    ? fit
    : { size: PROMPT_SIZE.largest, prompts: [...prompts], continued: false }
}
