import { Suspense } from 'react'
import type { MessageLanguage } from '@common/i18n/locales'
import { LanguageProvider } from '../lib/i18n/LanguageProvider'
import { MessagesLoaderContext } from '../lib/i18n/messages-loader'
import { ChannelNotice } from './ChannelNotice'
import { LazyRoomAudienceOverlay, LazyRoomShown } from './lazy-room-view'
import { ParticipantPage } from './ParticipantPage'
import type { PhoneMessages } from './phone-messages'
import { RemotePage } from './RemotePage'
import type { LiveChannel } from './live-channel'
import { useLiveChannel, type PhoneSession } from './useLiveChannel'
import { usePhoneLanguage } from './usePhoneLanguage'

/** The workshop's language as the session tells it, or null while the page has not heard. */
function sessionLanguageOf(session: PhoneSession): MessageLanguage | null {
  const state = session.snapshot?.state ?? null
  if (state !== null) return state.workshop.language ?? 'en'
  if (session.room?.workshopTitle != null) return session.room.language ?? 'en'
  return null
}

/**
 * A page opened from a link: what it shows is what its token allows, as the server said, in the
 * workshop's language. The channel connects while the words are fetched (both begin as the
 * script starts); nothing is drawn until the words are here.
 */
export function PhoneApp({
  messages,
  channel,
}: {
  messages: Promise<PhoneMessages>
  channel: LiveChannel
}) {
  const session = useLiveChannel(channel)
  const words = usePhoneLanguage(messages, sessionLanguageOf(session))
  if (words === null) return null
  return (
    <MessagesLoaderContext.Provider value={words.load}>
      <LanguageProvider language={words.language}>
        <PhoneView session={session} />
      </LanguageProvider>
    </MessagesLoaderContext.Provider>
  )
}

function PhoneView({ session }: { session: PhoneSession }) {
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
