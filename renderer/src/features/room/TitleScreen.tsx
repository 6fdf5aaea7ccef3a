import type { Workshop } from '@common/domain/workshop/schema'
import { FormattedMessage, useIntl } from 'react-intl'
import { startOf } from '@common/room/room-wording'
import { useSecondNow } from '../../lib/useFrameNow'

function StartsIn({ plannedStart }: { plannedStart: string }) {
  const now = useSecondNow()
  const intl = useIntl()
  const start = startOf(plannedStart, now)
  return (
    <p className="room-start" data-testid="room-start">
      {start.kind === 'soon'
        ? intl.formatMessage({ id: 'room.title.startingSoon' })
        : start.kind === 'at'
          ? intl.formatMessage(
              { id: 'room.title.startsAt' },
              { time: intl.formatTime(start.at, { timeStyle: 'short' }) },
            )
          : intl.formatMessage({ id: 'room.title.startsIn' }, { countdown: start.countdown })}
    </p>
  )
}

/** The workshop's title: before the session starts, counting down to its start, or at the close. */
export function TitleScreen({
  workshop,
  closing,
}: {
  workshop: Pick<Workshop, 'title' | 'subtitle' | 'credits' | 'plannedStart'>
  closing: boolean
}) {
  return (
    <div className="room-screen room-title-screen">
      <div className="room-title-block">
        {closing && (
          <p className="room-kicker">
            <FormattedMessage id="room.title.thankYou" />
          </p>
        )}
        <h1 className="room-title">{workshop.title}</h1>
        {workshop.subtitle !== '' && <p className="room-subtitle">{workshop.subtitle}</p>}
        {!closing && workshop.plannedStart !== null && (
          <StartsIn plannedStart={workshop.plannedStart} />
        )}
      </div>
      {workshop.credits.length > 0 && (
        <footer className="room-credits">
          {workshop.credits.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      )}
    </div>
  )
}
