import type { ChannelState } from './live-channel'

/** Says when the page is not following the session, and why; nothing while all is well. */
export function ChannelNotice({ channel, floating }: { channel: ChannelState; floating: boolean }) {
  if (channel.kind === 'open') return null
  const text =
    channel.kind === 'connecting'
      ? 'Connecting to the facilitator’s computer…'
      : channel.kind === 'retrying'
        ? `${channel.reason} Trying again…`
        : channel.reason
  return (
    <p
      className={`phone-notice${floating ? ' phone-notice-floating' : ''}${channel.kind === 'refused' ? ' notice-error' : ''}`}
      role="status"
      data-testid="channel-notice"
      data-channel={channel.kind}
    >
      {text}
    </p>
  )
}
