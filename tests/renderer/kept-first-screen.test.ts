// @vitest-environment jsdom
import { firstScreenCopy } from '../../renderer/src/app/kept-first-screen'

/** The console's library as React draws it, with the app's language chosen in its list. */
function drawnLibrary(): HTMLElement {
  const page = document.implementation.createHTMLDocument('Facilitator')
  page.body.innerHTML = '<div id="root"></div>'
  const root = page.getElementById('root')!
  root.innerHTML = `<div class="console"><header class="console-header">Facilitator</header>
    <main class="console-main"><section class="library"><h1>Workshops</h1>
    <select aria-label="Language"><option value="system">System language</option><option value="es">Español</option></select>
    <ul class="workshop-list"><li class="workshop-card">Mentoring Zoë-Öztürk &amp; co &lt;3</li></ul>
    <button type="button">Open</button></section></main></div>`
  root.querySelector('select')!.value = 'es'
  return root
}

/** The next start's page, parsed with the copy inside its `#root` as the app's scheme serves it. */
function servedWith(copy: string): HTMLElement {
  const page = document.implementation.createHTMLDocument('Facilitator')
  page.body.innerHTML = `<div id="root">${copy}</div>`
  return page.getElementById('root')!
}

describe('the console’s kept first screen', () => {
  it('reads as the library was, inert, with the language chosen shown', () => {
    const live = drawnLibrary()
    const root = servedWith(firstScreenCopy(live))
    expect(root.querySelector('.workshop-card')?.textContent).toBe('Mentoring Zoë-Öztürk & co <3')
    // Nothing in it can be pressed or focused before the live screen replaces it.
    expect([...root.children].every((part) => part.hasAttribute('inert'))).toBe(true)
    expect(root.querySelector('button')?.closest('[inert]')).not.toBeNull()
    // The language list shows the language chosen (a property), not its first option.
    expect(root.querySelector('select')?.value).toBe('es')
    // The live screen is left as it was.
    expect(live.firstElementChild?.hasAttribute('inert')).toBe(false)
  })
})
