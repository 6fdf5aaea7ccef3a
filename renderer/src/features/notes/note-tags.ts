import type { NoteTag } from '@common/api/contract'
import { tagNames } from '@common/domain/session/debrief'

/**
 * The tags in the order they are offered, each with its key (Alt + letter). Their symbols are
 * drawn by `TagSymbol`, not written as characters.
 */
export const tagChoices: readonly { tag: NoteTag; key: string; name: string }[] = [
  { tag: 'insight', key: 'i', name: tagNames.insight },
  { tag: 'question', key: 'q', name: tagNames.question },
  { tag: 'action', key: 'a', name: tagNames.action },
  { tag: 'parkingLot', key: 'p', name: tagNames.parkingLot },
]

/** The tag an Alt + key press chooses, or undefined for any other key. */
export function tagForKey(key: string): NoteTag | undefined {
  return tagChoices.find((choice) => choice.key === key.toLowerCase())?.tag
}
