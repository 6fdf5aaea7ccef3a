import { useIntl } from 'react-intl'
import type { ChannelState } from './live-channel'

/** Says when the page is not following the session, and why; nothing while all is well. */
export function ChannelNotice({ channel, floating }: { channel: ChannelState; floating: boolean }) {
  const intl = useIntl()
  if (channel.kind === 'open') return null
  const text =
    channel.kind === 'connecting'
      ? intl.formatMessage({ id: 'phone.channel.connecting' })
      : channel.kind === 'refused'
        ? channel.reason
        : intl.formatMessage(
            { id: 'phone.channel.retrying' },
            {
              reason:
                channel.reason ??
                intl.formatMessage({
                  id: channel.tooLong ? 'phone.channel.tooLong' : 'phone.channel.lost',
                }),
            },
          )
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
