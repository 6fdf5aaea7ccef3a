export type WindowView = 'console' | 'room'

/** The view named by the window's hash right now; the main process opens each window with its own. */
export function readView(): WindowView {
  return window.location.hash.startsWith('#/room') ? 'room' : 'console'
}
