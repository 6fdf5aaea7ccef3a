import type { RoomView } from '@common/api/room-types'
import type { Workshop } from '@common/domain/workshop/schema'

const waiting: RoomView = { workshopTitle: null, subtitle: '', credits: [], roomTheme: 'dark' }

/**
 * Holds what the room display shows outside a session, and tells the windows when it changes.
 * The room shows only what the facilitator chose for it: a workshop's title when a session is
 * prepared or "Show title on the room" is chosen, else a neutral waiting screen. Opening or
 * editing a workshop on the console never reaches the projector.
 */
export class RoomService {
  private view: RoomView = waiting

  constructor(private readonly onChanged: (view: RoomView) => void) {}

  get current(): RoomView {
    return this.view
  }

  showWorkshop(workshop: Workshop): void {
    this.view = {
      workshopTitle: workshop.title,
      subtitle: workshop.subtitle,
      credits: workshop.credits,
      roomTheme: workshop.roomTheme,
      ...(workshop.language === undefined ? {} : { language: workshop.language }),
    }
    this.onChanged(this.view)
  }

  /** Back to the neutral waiting screen. */
  showWaiting(): void {
    if (this.view === waiting) return
    this.view = waiting
    this.onChanged(this.view)
  }
}
