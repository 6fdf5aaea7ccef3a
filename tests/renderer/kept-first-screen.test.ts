// @vitest-environment jsdom
import { KEPT_FIRST_SCREEN_TEMPLATE_ID } from '@common/api/first-screen'
import { firstScreenCopy, paintKeptFirstScreen } from '../../renderer/src/app/kept-first-screen'

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

/** The console's page as the app's scheme serves it, carrying `kept` when a screen was kept. */
function servedPage(kept: string | null): Document {
  const page = document.implementation.createHTMLDocument('Facilitator')
  page.body.innerHTML =
    '<div id="root"></div>' +
    (kept === null ? '' : `<template id="${KEPT_FIRST_SCREEN_TEMPLATE_ID}">${kept}</template>`)
  return page
}

beforeEach(() => {
  window.location.hash = '#/console'
})

describe('the console’s kept first screen', () => {
  it('is drawn into the next start’s empty root as the library was, inert', () => {
    const page = servedPage(firstScreenCopy(drawnLibrary()))
    expect(paintKeptFirstScreen(page)).toBe(true)
    const root = page.getElementById('root')!
    expect(root.querySelector('.workshop-card')?.textContent).toBe('Mentoring Zoë-Öztürk & co <3')
    // Nothing in it can be pressed or focused before the live screen replaces it.
    expect([...root.children].every((part) => part.hasAttribute('inert'))).toBe(true)
    expect(root.querySelector('button')?.closest('[inert]')).not.toBeNull()
    // The language list shows the language chosen, not its first option.
    expect(root.querySelector('select')?.value).toBe('es')
    // The carrier goes: a copy of the page taken later holds the screen once, live.
    expect(page.getElementById(KEPT_FIRST_SCREEN_TEMPLATE_ID)).toBeNull()
  })

  it('is never drawn in the room’s window, which is served the same page', () => {
    window.location.hash = '#/room'
    const room = servedPage(firstScreenCopy(drawnLibrary()))
    expect(paintKeptFirstScreen(room)).toBe(false)
    expect(room.getElementById('root')!.childNodes).toHaveLength(0)
    expect(room.getElementById(KEPT_FIRST_SCREEN_TEMPLATE_ID)).toBeNull()
  })

  it('draws nothing when the page carries none', () => {
    const page = servedPage(null)
    expect(paintKeptFirstScreen(page)).toBe(false)
    expect(page.getElementById('root')!.childNodes).toHaveLength(0)
  })
})
