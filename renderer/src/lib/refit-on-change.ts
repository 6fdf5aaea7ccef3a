import { whenFontsLoad } from './when-fonts-load'

/**
 * Runs `refit` now, whenever `box` changes size (a message appears, the window is resized), and
 * whenever a font loads: a layout measured in the room is only right for the size and the fonts
 * it was measured with. Returns a function that stops watching. (jsdom has no layout and no
 * ResizeObserver; the room always has both.)
 */
export function refitOnChange(box: HTMLElement, refit: () => void): () => void {
  let lastHeight = box.clientHeight
  let lastWidth = box.clientWidth
  refit()
  const stopListening = whenFontsLoad(refit)
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (box.clientHeight === lastHeight && box.clientWidth === lastWidth) return
          lastHeight = box.clientHeight
          lastWidth = box.clientWidth
          refit()
        })
  observer?.observe(box)
  return () => {
    stopListening()
    observer?.disconnect()
  }
}
