import type { RoomTheme } from '@common/domain/workshop/schema'
import './room-themes.css'
import './room.css'
import './room-clock.css'

/**
 * The room screen's box: a size container, so every length inside is a share of the screen (or
 * of the thumbnail it is drawn in), in the chosen theme.
 */
export function RoomFrame({
  theme,
  thumbnail,
  className,
  live = false,
  children,
}: {
  theme: RoomTheme
  thumbnail: boolean
  className?: string
  /** Announce changes (the waiting screen); a running room's clock would speak every second. */
  live?: boolean
  children: React.ReactNode
}) {
  const classes = `room${className === undefined ? '' : ` ${className}`}`
  return (
    <div
      className={`room-frame room-theme-${theme}${thumbnail ? ' is-thumbnail' : ''}`}
      data-room-theme={theme}
    >
      {thumbnail ? (
        <div className={classes}>{children}</div>
      ) : (
        <main className={classes} aria-live={live ? 'polite' : undefined}>
          {children}
        </main>
      )}
    </div>
  )
}
