import type { NoteTag } from '@common/api/contract'

/**
 * The tags in the order they are offered, each with its key (Alt + letter). Their symbols are
 * drawn by `TagSymbol`, not written as characters; their names are `TagName`'s.
 */
export const tagChoices: readonly { tag: NoteTag; key: string }[] = [
  { tag: 'insight', key: 'i' },
  { tag: 'question', key: 'q' },
  { tag: 'action', key: 'a' },
  { tag: 'parkingLot', key: 'p' },
]

/** The tag an Alt + key press chooses, or undefined for any other key. */
export function tagForKey(key: string): NoteTag | undefined {
  return tagChoices.find((choice) => choice.key === key.toLowerCase())?.tag
}
