/** What the room display shows when no exercise is running. */
export interface RoomView {
  /** Null until the facilitator opens a workshop. */
  workshopTitle: string | null
  subtitle: string
  credits: string[]
}
