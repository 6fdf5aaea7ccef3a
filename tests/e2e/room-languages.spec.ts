import { mkdir } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { pseudoLanguage, type MessageLanguage } from '@common/i18n/locales'
import type { MessageId } from '@common/i18n/message-id'
import { translatorFor } from '@common/i18n/translator'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { valueOf } from '../support/result-value'
import { startTestApp, type TestApp } from './harness'
import { findLayoutFaults } from './layout-faults'
import { freePort, openOnPhone, serviceLinkOf } from './lan-steps'
import { measureShareOfHeight, prepareSession, runCommand } from './room-fixtures'

// What the room and the participants read speaks the workshop's language: Spanish, French and
// German, and the stretched pseudo-language (accented, 40 % longer) that shows where a longer
// language would not fit. The built-in workshop's own words stay English; the chrome around
// them changes.

const fourThree = { width: 1024, height: 768 }
const smallPhone = { width: 320, height: 568 }
const shots = '/tmp/shots-languages'

let app: TestApp

test.beforeAll(async () => {
  await mkdir(shots, { recursive: true })
})

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

for (const language of ['es', 'fr', 'de', pseudoLanguage] as const satisfies MessageLanguage[]) {
  test(`the room, the remote and the participant page speak ${language}, whole at 4:3 and on a small phone`, async () => {
    test.setTimeout(240_000)
    const say = (id: MessageId, values?: Record<string, string | number>) =>
      translatorFor(language).formatMessage({ id }, values)
    const english = (id: MessageId) => translatorFor('en').formatMessage({ id })
    const workshop = { ...loadBuiltinWorkshop(), language }
    const room = await app.openView('room')
    await room.setViewportSize(fourThree)
    await prepareSession(app, workshop)
    await runCommand(app, { type: 'start' })
    await expect(room.locator('.room')).toContainText(say('room.countdown.timeLeft'))
    await expect(room.locator('.room')).not.toContainText(english('room.countdown.timeLeft'))
    await room.evaluate(() => document.fonts.ready)
    await room.screenshot({ path: `${shots}/room-${language}-4x3.png` })

    // The phones, on the smallest screen still sold.
    valueOf(await app.services.handlers.setLanOpen({ open: true, port: await freePort() }))
    valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
    const participant = await openOnPhone(
      app.browser,
      await serviceLinkOf(app, 'participant'),
      smallPhone,
    )
    await expect(participant.getByRole('button', { name: say('phone.input.send') })).toBeVisible()
    await expect(participant.locator('main')).toContainText(say('phone.input.title'))
    await expect(participant.locator('main')).not.toContainText(english('phone.input.title'))
    expect(
      await findLayoutFaults(participant, 'main', { pageScrolls: true }),
      `${language}, participant`,
    ).toEqual([])
    await participant.screenshot({ path: `${shots}/participant-${language}.png` })

    const remote = await openOnPhone(app.browser, await serviceLinkOf(app, 'remote'), smallPhone)
    await expect(remote.locator('main')).toContainText(say('phone.remote.messageLabel'))
    await expect(remote.locator('main')).not.toContainText(english('phone.remote.messageLabel'))
    await expect(remote.getByRole('button', { name: say('phone.remote.pause') })).toBeVisible()
    await expect(remote.getByRole('button', { name: say('phone.remote.nextPhase') })).toBeVisible()
    expect(
      await findLayoutFaults(remote, 'main', { pageScrolls: true }),
      `${language}, remote`,
    ).toEqual([])
    await remote.screenshot({ path: `${shots}/remote-${language}.png` })

    // Every phase of the day, whole on a 4:3 projector, with prompts read from the back.
    const phaseCount = workshop.exercises.reduce(
      (count, item) => count + (item.kind === 'exercise' ? item.phases.length : 1),
      0,
    )
    for (let index = 0; index < phaseCount; index++) {
      const where = `${language}, phase ${String(index + 1)}`
      await expect(room.locator('.room-phase-label, .room-break-title'), where).toBeVisible()
      expect(await findLayoutFaults(room, '.room'), where).toEqual([])
      if ((await room.locator('.room-prompts').count()) > 0)
        expect(await measureShareOfHeight(room, '.room-prompts'), where).toBeGreaterThanOrEqual(
          0.0399,
        )
      await runCommand(app, { type: 'nextPhase' })
    }
  })
}
