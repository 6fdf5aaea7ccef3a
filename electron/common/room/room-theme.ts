import type { RoomTheme } from '../domain/workshop/schema'

/** The room's theme: the session's choice when it made one, else the workshop's. */
export function resolveRoomTheme(
  session: RoomTheme | null | undefined,
  workshop: RoomTheme | undefined,
): RoomTheme {
  return session ?? workshop ?? 'dark'
}
