import { useState } from 'react'
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
      aria-label="Session details"
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
        Place{' '}
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
        Facilitator{' '}
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
        Participants{' '}
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
      <button type="submit">Keep in the record</button>
      {saved && <span role="status">Saved</span>}
    </form>
  )
}
