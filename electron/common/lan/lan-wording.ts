import type { MessageId } from '../i18n/message-id'
import type { LanCapability } from './lan-constants'

/** How the console names each kind of link, and what it lets its holder do. */
export const linkWording: Record<LanCapability, { name: MessageId; can: MessageId }> = {
  remote: { name: 'console.lan.link.remote', can: 'console.lan.link.remote.can' },
  room: { name: 'console.lan.link.room', can: 'console.lan.link.room.can' },
  participant: { name: 'console.lan.link.participant', can: 'console.lan.link.participant.can' },
}

/** The usual reasons a phone cannot open a link, in the order worth checking. */
export const reachHints: readonly MessageId[] = [
  'console.lan.hint.sameWifi',
  'console.lan.hint.isolation',
  'console.lan.hint.firewall',
  'console.lan.hint.currentLink',
]
