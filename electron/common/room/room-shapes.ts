/** A projector's screen shape, at a size the room is laid out at for previews. */
export interface RoomShape {
  name: '16:9' | '4:3'
  width: number
  height: number
}

/** The shapes the editor checks a phase against: today's projectors and the older 4:3 ones. */
export const roomShapes = {
  wide: { name: '16:9', width: 1600, height: 900 },
  narrow: { name: '4:3', width: 1200, height: 900 },
} as const satisfies Record<string, RoomShape>

/**
 * The editor's warning for a phase whose prompts the room had to cut, naming the shapes where it
 * did ("Too long for the room at 16:9 / 4:3 …"), or null when they fit everywhere.
 */
export function describeRoomOverflow(cutByShape: Readonly<Record<string, boolean>>): string | null {
  const cut = Object.values(roomShapes)
    .map((shape) => shape.name)
    .filter((name) => cutByShape[name] === true)
  if (cut.length === 0) return null
  return `Too long for the room at ${cut.join(' / ')}: the room shows what fits and “Continued on your worksheet”.`
}
