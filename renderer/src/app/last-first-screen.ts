import { readView } from './window-view'

/**
 * The console's last first screen (the library as it was last drawn), kept in the window's own
 * storage so that the next start can show it while the app's script loads and its first reads are
 * answered. React's first render replaces it with the live screen. See
 * `paint-last-first-screen.ts`, the small script that draws it.
 */
export const LAST_FIRST_SCREEN_KEY = 'facilitator.lastFirstScreen'

/** The window's own storage: a function, since merely reading `localStorage` throws where it is refused. */
export type StorageOf = () => Storage

const windowStorage: StorageOf = () => window.localStorage

interface KeptScreen {
  /** The build that drew it ({@link buildOf}): another build's markup may not fit its style sheet. */
  build: string
  /** The screen's markup, every part of it inert. */
  html: string
}

function isKeptScreen(value: unknown): value is KeptScreen {
  if (typeof value !== 'object' || value === null) return false
  const kept = value as Record<string, unknown>
  return typeof kept.build === 'string' && typeof kept.html === 'string'
}

/** Names the build `page` runs: its script and style sheet, whose file names carry their hashes. */
export function buildOf(page: Document): string {
  const script = page.querySelector('script[src]')?.getAttribute('src') ?? ''
  const sheet = page.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? ''
  return `${script} ${sheet}`
}

/**
 * Keeps the screen drawn in `root` as the next start's first screen. A copy: its lists show the
 * option chosen (a property the markup does not carry), and it is inert, so nothing in it can be
 * pressed or focused before the live screen replaces it. Storage that is full or refused keeps
 * nothing: the next start draws as if none had been kept.
 */
export function rememberFirstScreen(root: HTMLElement, storage: StorageOf = windowStorage): void {
  const copy = root.cloneNode(true) as HTMLElement
  const liveLists = root.querySelectorAll('select')
  copy.querySelectorAll('select').forEach((list, index) => {
    const chosen = liveLists[index]?.value
    for (const option of list.options) option.toggleAttribute('selected', option.value === chosen)
  })
  for (const part of copy.children) part.setAttribute('inert', '')
  const screen: KeptScreen = { build: buildOf(root.ownerDocument), html: copy.innerHTML }
  const text = JSON.stringify(screen)
  try {
    const kept = storage()
    if (kept.getItem(LAST_FIRST_SCREEN_KEY) !== text) kept.setItem(LAST_FIRST_SCREEN_KEY, text)
  } catch {
    // Full or refused: nothing is kept.
  }
}

/** Keeps no first screen: the next start shows something else (a session), not the library. */
export function forgetFirstScreen(storage: StorageOf = windowStorage): void {
  try {
    storage().removeItem(LAST_FIRST_SCREEN_KEY)
  } catch {
    // Refused: nothing was kept either.
  }
}

/**
 * Draws the kept first screen into the console's empty `#root`, if one was kept by this very
 * build. Nothing in the room's window, nothing when the markup is unreadable; true when drawn.
 */
export function paintLastFirstScreen(page: Document, storage: StorageOf = windowStorage): boolean {
  if (readView() !== 'console') return false
  const root = page.getElementById('root')
  if (root === null || root.firstChild !== null) return false
  let kept: unknown
  try {
    kept = JSON.parse(storage().getItem(LAST_FIRST_SCREEN_KEY) ?? 'null')
  } catch {
    return false
  }
  if (!isKeptScreen(kept) || kept.build !== buildOf(page)) return false
  root.innerHTML = kept.html
  return true
}
