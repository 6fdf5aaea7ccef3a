// @vitest-environment jsdom
import { renderWithIntl } from '../support/with-intl'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRendererServices } from '../support/renderer-services'

const services = useRendererServices()

describe('a display call that fails', () => {
  it('says so beside the display settings, and goes when dismissed', async () => {
    const user = userEvent.setup()
    services().os.displays.identify = () => {
      throw new Error('the display server did not answer')
    }
    const { SoundAndDisplays } = await import('../../renderer/src/features/run/SoundAndDisplays')
    const { container } = renderWithIntl(<SoundAndDisplays />)
    await user.click(screen.getByText('Sound and displays'))
    await user.click(await screen.findByRole('button', { name: 'Identify displays' }))

    const alert = await within(container).findByRole('alert')
    expect(alert.textContent).toMatch(/the display server did not answer/)
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(within(container).queryByRole('alert')).toBeNull()
  })
})
