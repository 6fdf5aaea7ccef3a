import { KEPT_FIRST_SCREEN_TEMPLATE_ID } from '@common/api/first-screen'
import { readView } from './window-view'

/**
 * The console's library screen as drawn in `root`, for the next start to show before its script
 * has run (the main process keeps it, and serves it inside the console's page). A copy: its lists
 * show the option chosen (a property the markup does not carry), and it is inert, so nothing in
 * it can be pressed or focused before the live screen replaces it.
 */
export function firstScreenCopy(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement
  const liveLists = root.querySelectorAll('select')
  copy.querySelectorAll('select').forEach((list, index) => {
    const chosen = liveLists[index]?.value
    for (const option of list.options) option.toggleAttribute('selected', option.value === chosen)
  })
  for (const part of copy.children) part.setAttribute('inert', '')
  return copy.innerHTML
}

/**
 * Draws the screen the console's page carries (its last start kept it) into the page's empty
 * `#root`: in the console's window only, never the room's, which is served the same page. The
 * carrier goes either way. True when drawn.
 */
export function paintKeptFirstScreen(page: Document): boolean {
  const kept = page.getElementById(KEPT_FIRST_SCREEN_TEMPLATE_ID)
  if (!(kept instanceof HTMLTemplateElement)) return false
  kept.remove()
  const root = page.getElementById('root')
  if (readView() !== 'console' || root === null || root.firstChild !== null) return false
  root.append(kept.content)
  return true
}
