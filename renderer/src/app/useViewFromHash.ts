import { useSyncExternalStore } from 'react'
import { readView, type WindowView } from './window-view'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** Which view this window shows; the main process opens each window with its own hash. */
export function useViewFromHash(): WindowView {
  return useSyncExternalStore(subscribe, readView)
}
