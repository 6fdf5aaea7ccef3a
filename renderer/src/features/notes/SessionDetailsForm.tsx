import { useEffect, useState } from 'react'
import { bridge } from '../../lib/bridge'

/** Place, facilitator and head count for the session record. */
export function SessionDetailsForm() {
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [count, setCount] = useState('')
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    void bridge.getLiveNotes({}).then((result) => {
      if (!result.ok) return
      const { details } = result.value
      setPlace(details.place)
      setFacilitator(details.facilitator)
      setCount(details.participantCount === null ? '' : String(details.participantCount))
    })
  }, [])

  return (
    <form
      className="session-details"
      aria-label="Session details"
      onSubmit={(event) => {
        event.preventDefault()
        const participants = count.trim() === '' ? null : Math.max(0, Math.round(Number(count)))
        void bridge
          .setSessionDetails({
            place,
            facilitator,
            participantCount: Number.isFinite(participants) ? participants : null,
          })
          .then((result) => setSaved(result.ok))
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
