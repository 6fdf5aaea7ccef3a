import { FormattedMessage } from 'react-intl'

/**
 * The mark beside every field the room screen shows, so the facilitator knows what the whole room
 * will read. The symbol is drawn here (a screen on a stand), never left to the system's fonts.
 */
export function RoomMark({ id, text }: { id: string; text?: string }) {
  return (
    <span id={id} className="ed-room-mark">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <rect
          x="1.5"
          y="2"
          width="13"
          height="8.5"
          rx="1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
        <path
          d="M8 10.5V14M5 14h6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
      {text ?? <FormattedMessage id="editor.roomMark.screen" />}
    </span>
  )
}
