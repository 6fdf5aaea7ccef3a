import { Suspense } from 'react'
import { ChannelNotice } from './ChannelNotice'
import { LazyRoomAudienceOverlay, LazyRoomShown } from './lazy-room-view'
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
        <Suspense>
          <LazyRoomShown state={state} view={session.room} />
          <LazyRoomAudienceOverlay room={session.audience} />
        </Suspense>
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
