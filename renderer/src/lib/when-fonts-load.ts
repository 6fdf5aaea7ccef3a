/**
 * Calls `refit` once the fonts pending now have loaded, and again whenever a font loads later:
 * a face fetched only when a letter needs it (Vietnamese in a name) changes how wide text is
 * after the first fit. Returns a function that stops listening. (jsdom has no fonts.)
 */
export function whenFontsLoad(refit: () => void): () => void {
  if (!('fonts' in document)) return () => undefined
  let stopped = false
  void document.fonts.ready.then(() => {
    if (!stopped) refit()
  })
  const onLoaded = () => {
    if (!stopped) refit()
  }
  document.fonts.addEventListener('loadingdone', onLoaded)
  return () => {
    stopped = true
    document.fonts.removeEventListener('loadingdone', onLoaded)
  }
}
