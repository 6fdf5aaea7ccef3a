import { RoomAudienceOverlay } from '../features/room/RoomAudienceOverlay'
import { RoomShown } from '../features/room/RoomShown'
import { ChannelNotice } from './ChannelNotice'
import { ParticipantPage } from './ParticipantPage'
import { RemotePage } from './RemotePage'
import { tokenFromLocation, useLiveChannel } from './useLiveChannel'

/** A page opened from a link: what it shows is what its token allows, as the server said. */
export function PhoneApp() {
  const session = useLiveChannel(tokenFromLocation())
  const state = session.snapshot?.state ?? null
  if (session.capability === 'room')
    return (
      <>
        <ChannelNotice channel={session.channel} floating />
        <RoomShown state={state} view={session.room} />
        <RoomAudienceOverlay room={session.audience} />
      </>
    )
  return (
    <main className="phone">
      <ChannelNotice channel={session.channel} floating={false} />
      {session.capability === 'remote' && <RemotePage session={session} />}
      {session.capability === 'participant' && <ParticipantPage session={session} />}
    </main>
  )
}
