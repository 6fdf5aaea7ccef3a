import { FormattedMessage } from 'react-intl'
import type { RoomView } from '@common/api/room-types'
import { WorkshopLanguageProvider } from '../../lib/i18n/WorkshopLanguageProvider'
import type { RunState } from '@common/domain/run/run-state'
import { RoomFrame } from './RoomFrame'
import { RoomRun } from './RoomRun'
import { TitleScreen } from './TitleScreen'

/**
 * What the room shows: the session when one is open, else the shown workshop's title or the
 * neutral waiting screen. The room window and the room view on the network both draw this.
 */
export function RoomShown({ state, view }: { state: RunState | null; view: RoomView | null }) {
  if (state !== null) return <RoomRun state={state} />
  const title = view?.workshopTitle ?? null
  return (
    <RoomFrame theme={view?.roomTheme ?? 'dark'} thumbnail={false} live>
      {title === null || view === null ? (
        <p className="room-waiting">
          <FormattedMessage id="room.idle.name" />
        </p>
      ) : (
        <WorkshopLanguageProvider language={view.language}>
          <TitleScreen
            workshop={{ title, subtitle: view.subtitle, credits: view.credits, plannedStart: null }}
            closing={false}
          />
        </WorkshopLanguageProvider>
      )}
    </RoomFrame>
  )
}
