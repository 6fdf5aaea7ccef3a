import { useLayoutEffect, type RefObject } from 'react'
import { refitOnChange } from '../../lib/refit-on-change'

/**
 * How much of each step the ribbon shows, from most to least: every label; the current step's
 * label only (the others keep number and length); the others' numbers alone; numbers alone.
 * A label is shown whole or not at all, so the room never reads a fragment such as "Partn…".
 */
const levels = ['labels', 'current', 'numbers', 'bare'] as const

/**
 * Keeps `ribbon` on one line by stepping down `levels` until its steps fit its width, again
 * whenever its size or `key` (what it shows) changes. The level is a data attribute the style
 * sheet reads, set outside React's hands since it only follows the layout.
 */
export function useRibbonFit(ribbon: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const element = ribbon.current
    if (element === null) return undefined
    const fit = () => {
      for (const level of levels) {
        element.setAttribute('data-fit', level)
        if (element.scrollWidth <= element.clientWidth + 1) return
      }
    }
    return refitOnChange(element, fit)
  }, [ribbon, key])
}
