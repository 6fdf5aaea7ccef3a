import type { RoomTheme } from '../domain/workshop/schema'
import type { MessageLanguage } from '../i18n/locales'

/** What the room display shows when no exercise is running. */
export interface RoomView {
  /** Null on the neutral waiting screen, until the facilitator puts a workshop's title up. */
  workshopTitle: string | null
  subtitle: string
  credits: string[]
  /** The shown workshop's room theme; dark on the waiting screen. */
  roomTheme: RoomTheme
  /** The shown workshop's language (absent: English, or the app's on the waiting screen). */
  language?: MessageLanguage
}
