import { expect, test, type Page } from '@playwright/test'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { startTestApp, type TestApp } from './harness'
import { findLayoutFaults } from './layout-faults'
import { openOnPhone, openToNetwork } from './lan-steps'
import { measureShareOfHeight, prepareSession, roomThemes, runCommand } from './room-fixtures'
import { internationalRoom } from './roster-names'
import { endSession, openSidePanel, prepareBuiltinSession, pressStart } from './steps'

// A real half-day: the built-in workshop, fourteen to forty international names, a 4:3 and a
// 16:9 projector, phones on the Wi-Fi, the console on a small laptop.

const projectors = [
  { name: '4:3', width: 1024, height: 768 },
  { name: '16:9', width: 1920, height: 1080 },
] as const

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/** The font families Chromium actually drew the first node of `selector` with. */
async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page)
  await client.send('DOM.enable')
  await client.send('CSS.enable')
  const { root } = await client.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId })
  await client.detach()
  return fonts.map((font) => font.familyName)
}

test('every phase of the built-in workshop is whole on a 4:3 and a 16:9 projector, in every theme', async () => {
  test.setTimeout(300_000)
  const room = await app.openView('room')
  const workshop = loadBuiltinWorkshop()
  const phases = workshop.exercises.flatMap((item) =>
    item.kind === 'exercise'
      ? item.phases.map((phase) => ({ exercise: item.title, label: phase.label }))
      : [{ exercise: item.title, label: item.title }],
  )
  for (const shape of projectors) {
    await room.setViewportSize({ width: shape.width, height: shape.height })
    await prepareSession(app, workshop)
    await runCommand(app, { type: 'start' })
    for (const [index, phase] of phases.entries()) {
      const where = `${shape.name}, ${phase.exercise} · ${phase.label}`
      await expect(room.locator('.room-phase-label, .room-break-title'), where).toHaveText(
        phase.label,
      )
      if (index === 0) {
        await room.evaluate(() => document.fonts.ready)
        // Drawn in its own face, not whatever the computer has.
        expect(await drawnFonts(room, '.room-prompts li')).toContain('Atkinson Hyperlegible')
        expect(await drawnFonts(room, '.countdown-room .countdown-digits')).toContain(
          'Atkinson Hyperlegible',
        )
      }
      for (const theme of roomThemes) {
        await runCommand(app, { type: 'roomTheme', theme })
        await expect(room.locator(`[data-room-theme="${theme}"]`)).toHaveCount(1)
        await expect(room.getByText('Continued on your worksheet'), where).toHaveCount(0)
        expect(await findLayoutFaults(room, '.room'), `${where}, ${theme}`).toEqual([])
        if ((await room.locator('.room-prompts').count()) > 0)
          expect(await measureShareOfHeight(room, '.room-prompts'), where).toBeGreaterThanOrEqual(
            0.0399,
          )
        expect(
          await measureShareOfHeight(room, '.countdown-room .countdown-digits'),
          where,
        ).toBeGreaterThanOrEqual(0.2)
      }
      await runCommand(app, { type: 'nextPhase' })
    }
  }
})

/** Pastes the names, forms groups, starts and shows the first round on the room. */
async function showGroups(console: Page, names: readonly string[]) {
  await prepareBuiltinSession(console)
  await openSidePanel(console, 'Groups')
  await console.getByLabel('Names, one a line').fill(names.join('\n'))
  await console.getByRole('button', { name: 'Form groups' }).click()
  await pressStart(console)
  await console.getByRole('button', { name: 'Show groups on the room' }).click()
}

for (const people of [14, 20, 40]) {
  test(`${String(people)} international names on the pairing screen: whole, apart, and on one screen where they fit`, async () => {
    test.setTimeout(180_000)
    const console = await app.openView('console')
    const room = await app.openView('room')
    await showGroups(console, internationalRoom(people))
    const pairing = room.getByTestId('room-pairing')
    for (const shape of projectors) {
      await room.setViewportSize({ width: shape.width, height: shape.height })
      await expect(pairing).toBeVisible()
      await room.evaluate(() => document.fonts.ready)
      // Up to twenty people need no pages on a 4:3 projector.
      if (people <= 20) await expect(pairing, shape.name).not.toContainText('page')
      for (const theme of roomThemes) {
        await runCommand(app, { type: 'roomTheme', theme })
        await expect(room.locator(`[data-room-theme="${theme}"]`)).toHaveCount(1)
        expect(await findLayoutFaults(room, '.room'), `${shape.name}, ${theme}`).toEqual([])
        expect(await measureShareOfHeight(room, '.room-pairing-box > ol')).toBeGreaterThanOrEqual(
          0.0399,
        )
      }
      // Every page in turn: each name appears once, whole. Pages take turns every 15 s of the
      // room's time of day, which the test moves on; it reads whichever page is up, then waits
      // (generously: a loaded machine redraws late) for the next, until it has seen them all.
      const seen = new Set<string>()
      const pagesSeen = new Set<string>()
      const pageOf = async () =>
        room.evaluate(() => {
          const box = document.querySelector('[data-testid="room-pairing"]')
          const position = box?.querySelector('.room-position')?.textContent ?? ''
          const names = [
            ...(box?.querySelectorAll('.room-pairing-box > ol .room-pairing-name') ?? []),
          ].map((name) => name.textContent)
          return { page: /page (\d+) of (\d+)/.exec(position), names }
        })
      for (let look = 0; look < 8; look++) {
        const { page, names } = await pageOf()
        const [, number = '1', pages = '1'] = page ?? []
        if (!pagesSeen.has(number)) {
          pagesSeen.add(number)
          for (const name of names) seen.add(name)
          expect(await findLayoutFaults(room, '.room'), `${shape.name}, page ${number}`).toEqual([])
        }
        if (pagesSeen.size >= Number(pages)) break
        await app.advance(15_000)
        await expect(pairing).not.toContainText(`page ${number} of ${pages}`, { timeout: 20_000 })
      }
      expect([...seen].sort()).toEqual([...internationalRoom(people)].sort())
    }
  })
}

for (const laptop of [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
]) {
  test(`on a ${String(laptop.width)}×${String(laptop.height)} laptop every panel is one click away and within one screen`, async () => {
    const console = await app.openView('console')
    await console.setViewportSize(laptop)
    await prepareBuiltinSession(console)
    await pressStart(console)
    const inView = async (what: string, locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox()
      expect(box, what).not.toBeNull()
      expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0)
      expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(laptop.height)
      expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(laptop.width)
    }
    const panels: [string, string][] = [
      ['Notes', 'Session notes'],
      ['This exercise', 'Welcome: Who Taught Whom?'],
      ['Agenda', 'Agenda'],
      ['Groups', 'Roster and groups'],
      ['Room’s network', 'Room’s network'],
      ['Print', 'Print handouts'],
      ['Sound and displays', 'Sound and displays'],
    ]
    for (const [tab, heading] of panels) {
      await openSidePanel(console, tab)
      await inView(
        heading,
        console.getByRole('tabpanel').getByRole('heading', { name: heading }).first(),
      )
      await inView('Pause', console.getByRole('button', { name: /^Pause/ }))
      expect(await console.evaluate(() => window.scrollY)).toBe(0)
    }
    await inView(
      'the roster’s names',
      (await openSidePanel(console, 'Groups'), console.getByLabel('Names, one a line')),
    )
    await inView(
      'the network switch',
      (await openSidePanel(console, 'Room’s network'),
      console.getByRole('checkbox', { name: 'Open this session to the room’s network' })),
    )
    // End session is a few Tab presses from the top, not fifty.
    await console.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    let presses = 0
    for (; presses < 20; presses++) {
      await console.keyboard.press('Tab')
      const name = await console.evaluate(() => document.activeElement?.textContent ?? '')
      if (name.includes('End session')) break
    }
    expect(presses).toBeLessThan(20)
    await endSession(console)
  })
}

test('a phone joins from what the room shows: the QR code, or the short address typed in', async () => {
  const console = await app.openView('console')
  const room = await app.openView('room')
  await room.setViewportSize({ width: 1024, height: 768 })
  await prepareBuiltinSession(console)
  await pressStart(console)
  await openToNetwork(console)
  await console.getByRole('button', { name: 'Show the join code on the room' }).click()
  const join = room.getByTestId('room-join')
  await expect(join.getByRole('img', { name: /QR code/ })).toBeVisible()
  const typed = await join.getByTestId('room-join-address').innerText()
  expect(typed).toMatch(/^127\.0\.0\.1:\d+\/[a-z0-9]{6}$/)
  expect(await findLayoutFaults(room, '.room')).toEqual([])
  // The countdown stays on the room while the invitation is up.
  await expect(join.getByRole('timer')).toBeVisible()
  // Typed as a person would, without the scheme.
  const phone = await openOnPhone(app.browser, `http://${typed}`)
  await expect(phone.getByTestId('participant-item')).toContainText('Welcome: Who Taught Whom?')
  // The phone draws in the app's own face too, served by the room's network.
  await phone.evaluate(() => document.fonts.ready)
  expect(await drawnFonts(phone, '[data-testid="participant-item"]')).toContain(
    'Atkinson Hyperlegible',
  )
  await console.getByRole('button', { name: 'Take the join code off the room' }).click()
  await expect(join).toHaveCount(0)
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
  // A break shows how to join beside its clock, on either projector, with nothing cut.
  const breakIndex = loadBuiltinWorkshop().exercises.findIndex((item) => item.kind === 'break')
  await runCommand(app, { type: 'jump', itemIndex: breakIndex })
  for (const shape of projectors) {
    await room.setViewportSize({ width: shape.width, height: shape.height })
    await expect(room.getByTestId('room-break-join')).toContainText(typed)
    expect(await findLayoutFaults(room, '.room'), shape.name).toEqual([])
    expect(
      await measureShareOfHeight(room, '.countdown-room .countdown-digits'),
    ).toBeGreaterThanOrEqual(0.2)
  }
})
