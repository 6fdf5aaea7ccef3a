import { WorkshopLanguageProvider } from '../../lib/i18n/WorkshopLanguageProvider'
import { useRoomClickerKeys } from '../run/useRoomClickerKeys'
import { useRun } from '../run/useRun'
import { useLanStatus } from '../lan/useLanStatus'
import { RoomAudienceOverlay } from './RoomAudienceOverlay'
import { joinInviteOf, RoomJoinContext } from './room-join'
import { RoomShown } from './RoomShown'
import { useChimes } from './useChimes'
import { useRoomView } from './useRoomView'

/** The projected screen: the session when one is open, else the opened workshop's title. */
export function RoomDisplay() {
  const view = useRoomView()
  const { snapshot } = useRun()
  const state = snapshot?.state ?? null
  const lan = useLanStatus().status
  useChimes(state)
  // A presentation clicker sends its keys to whichever window has the focus.
  useRoomClickerKeys(state)
  return (
    <RoomJoinContext.Provider value={joinInviteOf(lan)}>
      <RoomShown state={state} view={view} />
      <WorkshopLanguageProvider language={state?.workshop.language ?? view?.language}>
        <RoomAudienceOverlay room={lan?.moderation.room ?? null} />
      </WorkshopLanguageProvider>
    </RoomJoinContext.Provider>
  )
}
