import { useSyncExternalStore } from 'react'

export type WindowView = 'console' | 'room'

/** The view named by the window's hash right now. */
export function readView(): WindowView {
  return window.location.hash.startsWith('#/room') ? 'room' : 'console'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** Which view this window shows; the main process opens each window with its own hash. */
export function useViewFromHash(): WindowView {
  return useSyncExternalStore(subscribe, readView)
}
