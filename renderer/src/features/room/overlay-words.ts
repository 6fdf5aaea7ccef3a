import type { IntlShape } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { RoomPart } from '@common/room/overlay-wording'

/** What the overlay says of what it covers and of the options it left out. */
export interface OverlayWords {
  /** "Covering the prompts, the phases and what comes next"; null when it covers nothing. */
  covered: (parts: readonly RoomPart[]) => string | null
  /** "and 3 more, with 2 votes or fewer each". */
  leftOut: (counts: readonly number[]) => string
}

const partIds: Record<RoomPart, MessageId> = {
  message: 'room.part.message',
  title: 'room.part.title',
  prompts: 'room.part.prompts',
  picture: 'room.part.picture',
  phases: 'room.part.phases',
  next: 'room.part.next',
  groups: 'room.part.groups',
  break: 'room.part.break',
}

/** A vote's count in words: "1 vote", "3 dots". */
export function describeVoteCount(intl: IntlShape, count: number, mode: 'one' | 'dots'): string {
  return intl.formatMessage({ id: 'room.vote.count' }, { count, mode })
}

/** The overlay's words in the room's language, for a vote counted in `mode`. */
export function overlayWordsOf(intl: IntlShape, mode: 'one' | 'dots'): OverlayWords {
  return {
    covered: (parts) => {
      const words = [...new Set(parts)].map((part) => intl.formatMessage({ id: partIds[part] }))
      if (words.length === 0) return null
      return intl.formatMessage({ id: 'room.covering' }, { parts: intl.formatList(words) })
    },
    leftOut: (counts) => {
      const most = Math.max(0, ...counts)
      const more = counts.length
      if (most === 0) return intl.formatMessage({ id: 'room.vote.leftOutNone' }, { more, mode })
      const count = describeVoteCount(intl, most, mode)
      return intl.formatMessage(
        { id: counts.length === 1 ? 'room.vote.leftOutOne' : 'room.vote.leftOutMany' },
        { more, count },
      )
    },
  }
}
