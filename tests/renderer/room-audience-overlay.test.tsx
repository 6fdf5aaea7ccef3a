// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import type { RoomAudience } from '@common/lan/participants'
import { RoomAudienceOverlay } from '../../renderer/src/features/room/RoomAudienceOverlay'
import { renderWithIntl } from '../support/with-intl'

/*
 * jsdom lays nothing out, so the room's boxes are stood in for: an element's `data-box` gives its
 * rectangle, and the overlay's is read back from the place the hook gave it (it fills its band).
 */
function boxOfStandIn(this: HTMLElement): DOMRect {
  const given = this.dataset.box
  const [left = 0, top = 0, right = 0, bottom = 0] =
    given === undefined
      ? [
          parseFloat(this.style.left),
          innerHeight - parseFloat(this.style.bottom) - parseFloat(this.style.maxHeight),
          parseFloat(this.style.left) + parseFloat(this.style.width),
          innerHeight - parseFloat(this.style.bottom),
        ]
      : given.split(' ').map(Number)
  return {
    left,
    top,
    right,
    bottom,
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
    toJSON: () => '',
  }
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(boxOfStandIn)
  Object.assign(window, { innerWidth: 1024, innerHeight: 768 })
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** A 4:3 room in the light theme: the clock at the top right, the prompts under it. */
function Room() {
  return (
    <div className="room-frame room-theme-light" data-room-theme="light">
      <main className="room">
        <div className="room-screen room-exercise">
          <div className="countdown-room" data-box="600 100 990 280" />
          <div className="room-prompt-box" data-box="40 300 990 640" />
          <ol className="ribbon" data-box="40 660 990 700" />
        </div>
      </main>
    </div>
  )
}

const question: RoomAudience = {
  input: { kind: 'question', name: null, text: 'How long is the break?' },
  tally: null,
}

describe('RoomAudienceOverlay', () => {
  it('shows nothing when nothing is chosen', () => {
    const { container } = renderWithIntl(
      <RoomAudienceOverlay room={{ input: null, tally: null }} />,
    )
    expect(container.innerHTML).toBe('')
  })

  it('goes beside the clock, never on it, in the room’s theme, and says what it covers', () => {
    renderWithIntl(
      <>
        <Room />
        <RoomAudienceOverlay room={question} />
      </>,
    )
    const overlay = screen.getByRole('complementary', { name: 'From the participants' })
    const box = overlay.getBoundingClientRect()
    const clockClear = box.top >= 280 || box.right <= 600
    expect(clockClear).toBe(true)
    expect(overlay.classList).toContain('room-theme-light')
    expect(screen.getByTestId('room-audience-covers').textContent).toBe(
      'Covering the prompts and the phases',
    )
    expect(screen.getByTestId('room-audience-input').textContent).toBe(
      'How long is the break?Question from a participant',
    )
  })

  it('takes the whole screen when the room shows no clock, and then covers nothing named', () => {
    renderWithIntl(<RoomAudienceOverlay room={question} />)
    const overlay = screen.getByRole('complementary', { name: 'From the participants' })
    expect(overlay.style.width).toBe(`${String(1024 - 2 * 768 * 0.015)}px`)
    expect(overlay.classList).toContain('room-theme-dark')
    expect(screen.getByTestId('room-audience-covers').hidden).toBe(true)
  })
})
