import type { LanCapability } from './lan-constants'

/** How the console names each kind of link, and what it lets its holder do. */
export const linkWording: Record<LanCapability, { name: string; can: string }> = {
  remote: {
    name: 'Remote',
    can: 'Runs the clock from a phone: start and pause, next and previous, ±1 minute, blank, messages. For you or a co-facilitator only.',
  },
  room: {
    name: 'Room view',
    can: 'Shows the room display on a second screen or a TV. It can only watch.',
  },
  participant: {
    name: 'Participants',
    can: 'Today’s exercise and its prompts on each person’s phone. It can never control the clock.',
  },
}

/** The usual reasons a phone cannot open a link, in the order worth checking. */
export const reachHints = [
  'The phone is on the same Wi-Fi as this computer (not on mobile data, not on a guest network).',
  'Guest and conference Wi-Fi often keep devices apart (“client isolation”): then no phone can reach this computer. A phone hotspot or a small router of your own avoids it.',
  'A firewall on this computer may block the port: allow Facilitator when the system asks, or choose another port.',
  'The link is the current one: new links are made for every session and when you ask for them.',
]
