import { expect, test, type Page } from '@playwright/test'
import { prepareBuiltinSession } from './steps'
import { startTestApp, type TestApp } from './harness'
import { seriousViolations } from './editing-steps'
import { valueOf } from '../support/result-value'
import { linkFor, openOnPhone, openOnScreen, openToNetwork } from './lan-steps'

let app: TestApp
let consolePage: Page

test.beforeEach(async () => {
  app = await startTestApp()
  consolePage = await app.openView('console')
  await prepareBuiltinSession(consolePage)
})

test.afterEach(async () => {
  await app.close()
})

test('a phone remote runs the built-in workshop while the console and a room view follow; off closes every page', async () => {
  await openToNetwork(consolePage)
  await expect(consolePage.getByRole('img', { name: 'QR code of the Remote link' })).toBeVisible()
  await consolePage.getByRole('button', { name: 'Check it can be reached' }).click()
  await expect(consolePage.getByRole('list', { name: 'Reach check' })).toContainText('✓ 127.0.0.1')

  const remote = await openOnPhone(app.browser, await linkFor(consolePage, 'remote'))
  const room = await openOnScreen(app.browser, await linkFor(consolePage, 'room'))
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await expect(remote.getByTestId('remote-status')).toHaveText('Ready to start')
  await expect(consolePage.getByTestId('lan-link-remote')).toContainText('1 connected')
  await expect(consolePage.getByTestId('lan-link-room')).toContainText('1 connected')

  await remote.getByRole('button', { name: 'Start' }).tap()
  await expect(consolePage.getByTestId('run-status')).toHaveText('Running')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
  await expect(remote.getByTestId('remote-phase')).toHaveText('Welcome and frame')

  await remote.getByRole('button', { name: 'Next →' }).tap()
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Think')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Think')
  await remote.getByRole('button', { name: '← Previous' }).tap()
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')

  const roomClock = room.getByTestId('countdown-room')
  await expect(roomClock).toHaveText(/^2:5\d|^3:00$/)
  await remote.getByRole('button', { name: '+1 min' }).tap()
  await expect(roomClock).toHaveText(/^3:5\d|^4:00$/)
  await remote.getByRole('button', { name: '−1 min' }).tap()
  await expect(roomClock).toHaveText(/^2:5\d|^3:00$/)

  await remote.getByLabel('Message on the room').fill('Five more minutes')
  await remote.getByRole('button', { name: 'Show' }).tap()
  await expect(room.getByRole('status').filter({ hasText: 'Five more minutes' })).toBeVisible()
  await remote.getByRole('button', { name: 'Clear' }).tap()
  await expect(room.getByText('Five more minutes')).toHaveCount(0)

  await remote.getByRole('button', { name: 'Blank' }).tap()
  await expect(room.getByRole('img', { name: 'Screen paused by the facilitator' })).toBeVisible()
  await remote.getByRole('button', { name: 'Blank' }).tap()
  await remote.getByRole('button', { name: 'Pause' }).tap()
  await expect(consolePage.getByTestId('run-status')).toHaveText('Paused')
  await expect(remote.getByTestId('remote-status')).toHaveText('Paused')

  // The console's own buttons and the phone's agree: both go through the one run service.
  await consolePage.getByRole('button', { name: /^Resume/ }).click()
  await expect(remote.getByTestId('remote-status')).toHaveText('Running')

  const toggle = consolePage.getByRole('checkbox', {
    name: 'Open this session to the room’s network',
  })
  await toggle.click()
  await expect(toggle).not.toBeChecked()
  for (const page of [remote, room]) {
    await expect(page.getByTestId('channel-notice')).toContainText(
      'The facilitator closed the session to the network.',
    )
  }
  await expect(remote.getByTestId('channel-notice')).toHaveAttribute(
    'data-channel',
    /retrying|connecting/,
  )

  // Meanwhile the console pauses; opened again (same port, same links), the pages reconnect by
  // themselves and catch up. The page waits at most 4 s between tries.
  await consolePage.getByRole('button', { name: /^Pause/ }).click()
  await toggle.click()
  await expect(toggle).toBeChecked()
  for (const page of [remote, room])
    await expect(page.getByTestId('channel-notice')).toHaveCount(0, { timeout: 15_000 })
  await expect(remote.getByTestId('remote-status')).toHaveText('Paused')
  await expect(room.getByText('Paused')).toBeVisible()
})

test('a room view and a participant link cannot control the clock', async () => {
  await openToNetwork(consolePage)
  for (const capability of ['room', 'participant'] as const) {
    const page = await openOnPhone(app.browser, await linkFor(consolePage, capability))
    const token = new URL(page.url()).hash.slice(1)
    const answer = await page.evaluate(
      (token) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(`ws://${location.host}/live`)
          socket.onopen = () => {
            socket.send(JSON.stringify({ type: 'hello', token }))
            socket.send(JSON.stringify({ type: 'command', id: 1, command: { type: 'start' } }))
          }
          socket.onmessage = (event) => {
            const message = JSON.parse(String(event.data)) as { type: string }
            if (message.type === 'ack') resolve(String(event.data))
          }
        }),
      token,
    )
    expect(JSON.parse(answer)).toEqual({
      type: 'ack',
      id: 1,
      ok: false,
      message: 'This link can follow the session but not control it.',
    })
  }
  await expect(consolePage.getByTestId('run-status')).toHaveText('Ready to start')
})

test('a wrong or old link, a foreign Origin, an oversized message and a flood are each refused', async () => {
  await openToNetwork(consolePage)
  const remoteUrl = await linkFor(consolePage, 'remote')
  const origin = new URL(remoteUrl).origin

  const wrong = await openOnPhone(app.browser, `${origin}/#${'x'.repeat(43)}`)
  await expect(wrong.getByTestId('channel-notice')).toHaveText(
    'This link is not valid any more: ask the facilitator for the current one.',
  )
  const old = await openOnPhone(app.browser, remoteUrl)
  await expect(old.getByTestId('remote-status')).toHaveText('Ready to start')
  await consolePage.getByRole('button', { name: /^New links/ }).click()
  await expect(old.getByTestId('channel-notice')).toHaveText(
    'This link is not valid any more: ask the facilitator for the current one.',
  )

  const foreign = await app.browser.newContext()
  const answer = await foreign.request.get(`${origin}/`, {
    headers: { origin: 'http://rebound.example' },
  })
  expect(answer.status()).toBe(403)
  expect(await answer.text()).toBe('Requests from other sites are refused.')
  await foreign.close()

  const remote = await openOnPhone(app.browser, await linkFor(consolePage, 'remote'))
  await expect(remote.getByTestId('remote-status')).toHaveText('Ready to start')
  const token = new URL(remote.url()).hash.slice(1)
  const closeOf = (payload: 'oversized' | 'flood') =>
    remote.evaluate(
      ([token, payload]) =>
        new Promise<{ code: number; reason: string; refused: string[] }>((resolve) => {
          const refused: string[] = []
          const socket = new WebSocket(`ws://${location.host}/live`)
          socket.onmessage = (event) => {
            const message = JSON.parse(String(event.data)) as {
              type: string
              ok?: boolean
              message?: string
            }
            // A refused command is answered with its id.
            if (message.type === 'ack' && message.ok === false) refused.push(message.message ?? '')
            if (message.type !== 'welcome') return
            const command = { type: 'toggleBlank' }
            if (payload === 'oversized')
              socket.send(
                JSON.stringify({
                  type: 'command',
                  id: 1,
                  command: { type: 'message', text: 'x'.repeat(5000) },
                }),
              )
            else
              for (let i = 0; i < 400; i += 1)
                socket.send(JSON.stringify({ type: 'command', id: i, command }))
          }
          socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', token }))
          socket.onclose = (event) => resolve({ code: event.code, reason: event.reason, refused })
        }),
      [token, payload] as const,
    )
  expect((await closeOf('oversized')).code).toBe(1009)
  const flood = await closeOf('flood')
  expect(flood).toMatchObject({
    code: 4429,
    reason: 'Too many messages: the page was disconnected.',
  })
  // Past the burst each command is refused by id, the one that tipped it over too, as are any
  // that arrive while it is being cut.
  expect(flood.refused).toContain('Too many messages: wait a moment and send again.')
  expect(flood.refused).toContain('Too many messages: the page was disconnected.')
  for (const message of flood.refused)
    expect([
      'Too many messages: wait a moment and send again.',
      'Too many messages: the page was disconnected.',
      'The page is being disconnected: send it again once it is back.',
    ]).toContain(message)
  // The remote's own channel is untouched by the other channels' refusals.
  await expect(remote.getByTestId('channel-notice')).toHaveCount(0)
})

test('every phone page passes axe-core, forms and the room’s chart included', async () => {
  await openToNetwork(consolePage)
  const api = app.services.handlers
  valueOf(await api.setParticipantInputs({ open: true }))
  valueOf(
    await api.openVote({ question: 'Which first?', options: ['A', 'B'], mode: 'dots', dots: 3 }),
  )
  valueOf(await api.showVoteOnRoom({ on: true }))
  const remote = await openOnPhone(app.browser, await linkFor(consolePage, 'remote'))
  await expect(remote.getByTestId('remote-status')).toHaveText('Ready to start')
  const room = await openOnScreen(app.browser, await linkFor(consolePage, 'room'))
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await expect(room.getByRole('figure', { name: 'Vote: Which first?' })).toBeVisible()
  const participant = await openOnPhone(app.browser, await linkFor(consolePage, 'participant'))
  await expect(participant.getByRole('form', { name: 'Vote' })).toBeVisible()
  await expect(participant.getByRole('form', { name: 'Send a question or a note' })).toBeVisible()
  for (const page of [remote, room, participant]) expect(await seriousViolations(page)).toEqual([])
})
