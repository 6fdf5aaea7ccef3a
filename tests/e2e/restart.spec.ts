import { expect, test } from '@playwright/test'
import { makeTempFolder } from '../support/temp-folders'
import { startBuiltinSession } from './steps'
import { startTestApp } from './harness'

test('after a restart mid-session the console asks, then continues with the right remaining time', async () => {
  const userData = await makeTempFolder('restart')
  try {
    const first = await startTestApp({ manualClock: true, userDataDir: userData.path })
    const console1 = await first.openView('console')
    await startBuiltinSession(console1)
    await first.advance(50_000)
    await expect(console1.getByTestId('countdown-console')).toHaveText('2:10')
    const crashedAt = first.clock!.now()
    await first.close()

    const second = await startTestApp({ manualClock: true, userDataDir: userData.path })
    // The app was down for 20 seconds; the phase kept counting.
    second.clock!.advance(crashedAt + 20_000 - second.clock!.now())
    await second.advance(0)
    const console2 = await second.openView('console')
    const room2 = await second.openView('room')
    await expect(console2.getByRole('alertdialog', { name: 'Continue the session?' })).toBeVisible()
    await console2.getByRole('button', { name: 'Continue the session' }).click()
    await expect(console2.getByTestId('countdown-console')).toHaveText('1:50')
    await expect(room2.getByTestId('countdown-room')).toHaveText('1:50')
    await second.close()
  } finally {
    await userData.remove()
  }
})
