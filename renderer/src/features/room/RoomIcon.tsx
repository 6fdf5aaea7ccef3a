/** The shapes the room and the clock draw themselves, so no screen depends on its fonts. */
export type RoomIconName = 'circle' | 'triangle' | 'square' | 'pause' | 'check' | 'play' | 'message'

const paths: Record<RoomIconName, string> = {
  circle: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
  triangle: 'M12 3l10 18H2z',
  square: 'M4 4h16v16H4z',
  pause: 'M5 3h5v18H5zM14 3h5v18h-5z',
  check: 'M3 12.5l2.8-2.8 4 4L18.2 5.3 21 8.1 9.8 19.3z',
  play: 'M6 3l15 9-15 9z',
  message: 'M3 5.5h18v13H3zM3.5 6l8.5 7 8.5-7',
}

// Drawn as lines rather than filled shapes.
const outlined = new Set<RoomIconName>(['message'])

/** One shape, sized to the text around it and drawn in its colour; decorative. */
export function RoomIcon({ name, className }: { name: RoomIconName; className?: string }) {
  return (
    <svg
      className={`room-icon${className === undefined ? '' : ` ${className}`}`}
      viewBox="0 0 24 24"
      // Sized to the text even where no room style sheet is loaded (the console's clock).
      width="0.85em"
      height="0.85em"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {outlined.has(name) ? (
        <path
          d={paths[name]}
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinejoin="round"
        />
      ) : (
        <path d={paths[name]} fill="currentColor" />
      )}
    </svg>
  )
}
