import type { NoteTag } from '@common/api/contract'
import './notes.css'

/**
 * The symbol of each note tag, drawn by the app: a star, a question mark, a tick, and an arrow
 * turning aside for the parking lot. As characters (★ ? ✔ ↪) they were left to whatever fonts the
 * system has, and some draw them as emoji or as empty boxes.
 */
const paths: Record<NoteTag, string> = {
  insight: 'M8 1.5l1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.2l-4 2.3 1-4.4-3.4-3 4.5-.5z',
  question: 'M5.5 5.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.7M8 12.6v.4',
  action: 'M2.5 8.5l3.5 3.5 7.5-8',
  parkingLot: 'M3 3v4.5a3 3 0 0 0 3 3h7M10 7.5l3 3-3 3',
}

/** One tag's symbol, sized to the text around it; decorative, since the tag's name is beside it. */
export function TagSymbol({ tag }: { tag: NoteTag }) {
  const filled = tag === 'insight'
  return (
    <svg
      className={`tag-symbol tag-symbol-${tag}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      data-tag-symbol={tag}
    >
      <path
        d={paths[tag]}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={filled ? 1 : 1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
