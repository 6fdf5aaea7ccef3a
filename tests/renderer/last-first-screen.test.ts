// @vitest-environment jsdom
import {
  LAST_FIRST_SCREEN_KEY,
  forgetFirstScreen,
  paintLastFirstScreen,
  rememberFirstScreen,
} from '../../renderer/src/app/last-first-screen'

/** A page as the built console is served: its script and style sheet, and an empty `#root`. */
function servedPage(build = 'index-AAAA'): Document {
  const page = document.implementation.createHTMLDocument('Facilitator')
  page.head.innerHTML = `<script defer src="./assets/${build}.js"></script><link rel="stylesheet" href="./assets/style-BBBB.css">`
  page.body.innerHTML = '<div id="root"></div>'
  return page
}

/** The console's library as React draws it, with the app's language chosen in its list. */
function drawnLibrary(page: Document): HTMLElement {
  const root = page.getElementById('root')!
  root.innerHTML = `<div class="console"><header class="console-header">Facilitator</header>
    <main class="console-main"><section class="library"><h1>Workshops</h1>
    <select aria-label="Language"><option value="system">System language</option><option value="es">Español</option></select>
    <ul class="workshop-list"><li class="workshop-card">Mentoring Zoë-Öztürk &amp; co &lt;3</li></ul>
    <button type="button">Open</button></section></main></div>`
  root.querySelector('select')!.value = 'es'
  return root
}

/** Storage in memory, as the window's own. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  }
}

beforeEach(() => {
  window.location.hash = '#/console'
})

describe('the console’s last first screen', () => {
  it('draws the library the console last showed into the next start’s empty root, inert', () => {
    const storage = memoryStorage()
    rememberFirstScreen(drawnLibrary(servedPage()), () => storage)
    const next = servedPage()
    expect(paintLastFirstScreen(next, () => storage)).toBe(true)
    const root = next.getElementById('root')!
    expect(root.querySelector('.workshop-card')?.textContent).toBe('Mentoring Zoë-Öztürk & co <3')
    // Nothing in it can be pressed or focused before the live screen replaces it.
    expect([...root.children].every((part) => part.hasAttribute('inert'))).toBe(true)
    expect(root.querySelector('button')?.closest('[inert]')).not.toBeNull()
    // The language list shows the language chosen, not its first option.
    expect(root.querySelector('select')?.value).toBe('es')
  })

  it('draws nothing from another build, whose markup may not fit this style sheet', () => {
    const storage = memoryStorage()
    rememberFirstScreen(drawnLibrary(servedPage('index-AAAA')), () => storage)
    const updated = servedPage('index-CCCC')
    expect(paintLastFirstScreen(updated, () => storage)).toBe(false)
    expect(updated.getElementById('root')!.childNodes).toHaveLength(0)
  })

  it('draws nothing in the room’s window, which shares the console’s storage', () => {
    const storage = memoryStorage()
    rememberFirstScreen(drawnLibrary(servedPage()), () => storage)
    window.location.hash = '#/room'
    const room = servedPage()
    expect(paintLastFirstScreen(room, () => storage)).toBe(false)
    expect(room.getElementById('root')!.childNodes).toHaveLength(0)
  })

  it('draws nothing once forgotten, or when what is kept is unreadable', () => {
    const storage = memoryStorage()
    rememberFirstScreen(drawnLibrary(servedPage()), () => storage)
    forgetFirstScreen(() => storage)
    expect(paintLastFirstScreen(servedPage(), () => storage)).toBe(false)
    for (const unreadable of ['{"build":', '"a string"', '{"build":1,"html":2}', 'null']) {
      storage.setItem(LAST_FIRST_SCREEN_KEY, unreadable)
      const page = servedPage()
      expect(paintLastFirstScreen(page, () => storage)).toBe(false)
      expect(page.getElementById('root')!.childNodes).toHaveLength(0)
    }
  })

  it('keeps nothing, and throws nothing, where storage is full or refused', () => {
    const full = memoryStorage()
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(() => rememberFirstScreen(drawnLibrary(servedPage()), () => full)).not.toThrow()
    const refused = () => {
      throw new DOMException('refused', 'SecurityError')
    }
    expect(() => rememberFirstScreen(drawnLibrary(servedPage()), refused)).not.toThrow()
    expect(() => forgetFirstScreen(refused)).not.toThrow()
    expect(paintLastFirstScreen(servedPage(), refused)).toBe(false)
  })
})
