// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { renderWithIntl } from '../support/with-intl'
import userEvent from '@testing-library/user-event'
import { directBridge } from '../support/direct-bridge'
import { heldBack, installBridge, useRendererServices } from '../support/renderer-services'

const services = useRendererServices()

describe('a workshop page left before its answer came', () => {
  it('does not take the console back to it: the workshop opened since stays on screen', async () => {
    const user = userEvent.setup()
    const app = services()
    const created = await app.services.handlers.createWorkshop({ title: 'Second thoughts' })
    if (!created.ok) throw new Error(created.message)
    const bridge = directBridge(app)
    // Duplicating the built-in workshop is held back, as a slow disk would hold it.
    const held = heldBack()
    const duplicateWorkshop = bridge.duplicateWorkshop.bind(bridge)
    let asked = false
    bridge.duplicateWorkshop = async (arg) => {
      asked = true
      const answer = await duplicateWorkshop(arg)
      await held.passed
      return answer
    }
    installBridge(bridge)
    const { ConsoleApp } = await import('../../renderer/src/app/ConsoleApp')
    renderWithIntl(<ConsoleApp />)

    // Workshop A: the built-in one, duplicated, and left at once for the library.
    const builtin = await screen.findByRole('listitem', { name: /Mentoring/ })
    await user.click(within(builtin).getByRole('button', { name: 'Open' }))
    const page = await screen.findByRole('article', { name: /Mentoring/ })
    await user.click(within(page).getByRole('button', { name: 'Duplicate to edit' }))
    await waitFor(() => expect(asked).toBe(true))
    await user.click(screen.getByRole('button', { name: /All workshops/ }))

    // Workshop B, opened while A's answer is still on its way.
    const second = await screen.findByRole('listitem', { name: /Second thoughts/ })
    await user.click(within(second).getByRole('button', { name: 'Open' }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second thoughts'),
    )

    held.release()
    await held.passed
    // A's answer has arrived; the screen is still B, as the facilitator asked last.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second thoughts')
  })
})
