// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { directBridge } from '../support/direct-bridge'
import { heldBack, installBridge, useRendererServices } from '../support/renderer-services'
import { renderWithIntl } from '../support/with-intl'

const services = useRendererServices()

async function renderConsole() {
  const { ConsoleApp } = await import('../../renderer/src/app/ConsoleApp')
  renderWithIntl(<ConsoleApp />)
}

describe('the console', () => {
  it('lists the built-in workshop as read-only with its size', async () => {
    await renderConsole()
    const card = await screen.findByRole('listitem', { name: /Mentoring/ })
    expect(within(card).getByText('Built-in · read-only')).toBeTruthy()
    expect(card.textContent).toContain('12 exercises · 3 h 45 min')
    expect(within(card).queryByRole('button', { name: 'Delete' })).toBeNull()
  })

  it('opens a workshop to its agenda with planned clock times, and goes back', async () => {
    const user = userEvent.setup()
    await renderConsole()
    const card = await screen.findByRole('listitem', { name: /Mentoring/ })
    await user.click(within(card).getByRole('button', { name: 'Open' }))
    const agenda = await screen.findByRole('table')
    const firstRow = within(agenda).getAllByRole('row')[1]!
    expect(firstRow.textContent).toMatch(/^09:00/)
    expect(
      within(agenda).getByRole('rowheader', { name: /Break/ }).closest('tr')?.textContent,
    ).toMatch(/^10:53/)
    await user.click(screen.getByRole('button', { name: /All workshops/ }))
    expect(await screen.findByRole('heading', { name: 'Workshops' })).toBeTruthy()
  })

  it('creates a workshop from a title and shows it, refusing an empty title', async () => {
    const user = userEvent.setup()
    await renderConsole()
    await user.click(await screen.findByRole('button', { name: 'New workshop' }))
    const create = screen.getByRole('button', { name: 'Create' })
    expect((create as HTMLButtonElement).disabled).toBe(true)
    await user.type(screen.getByLabelText('Title of the new workshop'), 'Peer mentoring, spring')
    await user.click(create)
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Peer mentoring, spring'),
    )
  })
})

describe('opening workshops in quick succession', () => {
  it('shows the last one asked for, even when the first answer comes last', async () => {
    const user = userEvent.setup()
    const app = services()
    const created = await app.services.handlers.createWorkshop({ title: 'Second thoughts' })
    if (!created.ok) throw new Error(created.message)
    const bridge = directBridge(app)
    // The built-in workshop's answer is held back, as a slow disk would hold it.
    const held = heldBack()
    const openWorkshop = bridge.openWorkshop.bind(bridge)
    bridge.openWorkshop = async (arg) => {
      const answer = await openWorkshop(arg)
      if (arg.ref.source === 'builtin') await held.passed
      return answer
    }
    installBridge(bridge)
    await renderConsole()

    const builtin = await screen.findByRole('listitem', { name: /Mentoring/ })
    await user.click(within(builtin).getByRole('button', { name: 'Open' }))
    const second = screen.getByRole('listitem', { name: /Second thoughts/ })
    await user.click(within(second).getByRole('button', { name: 'Open' }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second thoughts'),
    )

    held.release()
    await held.passed
    // Every answer has arrived; the screen is still the one asked for last.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second thoughts')
  })
})
