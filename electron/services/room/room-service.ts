import type { RoomView } from '@common/api/room-types'
import type { Workshop } from '@common/domain/workshop/schema'

/** Holds what the room display shows, and tells the windows when it changes. */
export class RoomService {
  private view: RoomView = { workshopTitle: null, subtitle: '', credits: [] }

  constructor(private readonly onChanged: (view: RoomView) => void) {}

  get current(): RoomView {
    return this.view
  }

  showWorkshop(workshop: Workshop): void {
    this.view = {
      workshopTitle: workshop.title,
      subtitle: workshop.subtitle,
      credits: workshop.credits,
    }
    this.onChanged(this.view)
  }
}
