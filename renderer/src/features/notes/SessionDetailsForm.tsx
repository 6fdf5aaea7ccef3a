import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { SessionDetails } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { useSessionDetails } from './useSessionDetails'
import './notes.css'

/** Place, facilitator and head count for the session record. */
export function SessionDetailsForm() {
  const { recorded, notice, dismiss, keep } = useSessionDetails()
  return (
    <>
      {/* The fields start again from the record once it is read. */}
      <DetailsFields
        key={recorded === null ? 'blank' : 'recorded'}
        recorded={recorded}
        keep={keep}
      />
      <Notice message={notice} onDismiss={dismiss} />
    </>
  )
}

function DetailsFields({
  recorded,
  keep,
}: {
  recorded: SessionDetails | null
  keep: (details: SessionDetails) => Promise<boolean>
}) {
  const intl = useIntl()
  const [place, setPlace] = useState(recorded?.place ?? '')
  const [facilitator, setFacilitator] = useState(recorded?.facilitator ?? '')
  const [count, setCount] = useState(
    recorded === null || recorded.participantCount === null
      ? ''
      : String(recorded.participantCount),
  )
  const [saved, setSaved] = useState(false)

  return (
    <form
      className="session-details"
      aria-label={intl.formatMessage({ id: 'console.sessionDetails' })}
      onSubmit={(event) => {
        event.preventDefault()
        const participants = count.trim() === '' ? null : Math.max(0, Math.round(Number(count)))
        void keep({
          place,
          facilitator,
          participantCount: Number.isFinite(participants) ? participants : null,
        }).then(setSaved)
      }}
    >
      <label>
        <FormattedMessage id="console.notes.details.place" />{' '}
        <input
          value={place}
          maxLength={200}
          onChange={(event) => {
            setPlace(event.target.value)
            setSaved(false)
          }}
        />
      </label>
      <label>
        <FormattedMessage id="console.notes.details.facilitator" />{' '}
        <input
          value={facilitator}
          maxLength={200}
          onChange={(event) => {
            setFacilitator(event.target.value)
            setSaved(false)
          }}
        />
      </label>
      <label>
        <FormattedMessage id="console.notes.details.participants" />{' '}
        <input
          type="number"
          min={0}
          value={count}
          onChange={(event) => {
            setCount(event.target.value)
            setSaved(false)
          }}
        />
      </label>
      <button type="submit">
        <FormattedMessage id="console.notes.details.keep" />
      </button>
      {saved && (
        <span role="status">
          <FormattedMessage id="console.notes.details.saved" />
        </span>
      )}
    </form>
  )
}
