import { useId, useState } from 'react'
import type { HandoutOptions, Workshop, WorkshopRef } from '@common/api/contract'
import { DEFAULT_PARTICIPANTS } from '@common/handouts/materials'
import { defaultPaperForLocale } from '@common/handouts/paper'
import { Notice } from '../../components/Notice'
import { useHandoutExport } from './useHandoutExport'
import { describeNamedPacksCount, useNamedPacksCount } from './useNamedPacksCount'
import './handouts.css'

type Kind = HandoutOptions['kind']

const kindNames: Record<Kind, string> = {
  pack: 'Participant pack (cover, agenda, every worksheet)',
  runsheet: 'Facilitator run sheet',
  exercise: 'One exercise’s worksheet',
}

const fieldNames = { date: 'Date', facilitator: 'Facilitator', place: 'Place' } as const

/** Prints handouts to PDF: which one, on what paper, and the details for the cover. */
export function HandoutPanel({
  workshopRef,
  workshop,
}: {
  workshopRef: WorkshopRef
  workshop: Workshop
}) {
  const exercises = workshop.exercises.filter((item) => item.kind === 'exercise')
  const [kind, setKind] = useState<Kind>('pack')
  const [exerciseId, setExerciseId] = useState(exercises[0]?.id ?? '')
  const [paper, setPaper] = useState(() => defaultPaperForLocale(navigator.language))
  const [largePrint, setLargePrint] = useState(false)
  const [duplex, setDuplex] = useState(false)
  const [participants, setParticipants] = useState(String(DEFAULT_PARTICIPANTS))
  const [details, setDetails] = useState({ date: '', facilitator: '', place: '' })
  const [openAfter, setOpenAfter] = useState(true)
  const { busy, notice, dismiss, save: saveHandout } = useHandoutExport(workshopRef)
  const namedPacks = describeNamedPacksCount(useNamedPacksCount(paper, false))
  const id = useId()

  const participantCount = Number(participants)
  const participantsValid =
    Number.isInteger(participantCount) && participantCount >= 1 && participantCount <= 1000

  const save = () => {
    const filled = (text: string) => (text.trim() === '' ? undefined : text.trim())
    const options: HandoutOptions = {
      kind,
      paper,
      largePrint,
      ...(kind === 'exercise' ? { exerciseId } : {}),
      ...(kind === 'pack' && duplex ? { duplex } : {}),
      ...(kind === 'runsheet' ? { participants: participantCount } : {}),
      ...(filled(details.date) === undefined ? {} : { date: filled(details.date) }),
      ...(filled(details.facilitator) === undefined
        ? {}
        : { facilitator: filled(details.facilitator) }),
      ...(filled(details.place) === undefined ? {} : { place: filled(details.place) }),
    }
    saveHandout(options, openAfter)
  }

  return (
    <section className="handouts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Print handouts</h2>
      <fieldset>
        <legend>What to print</legend>
        {(Object.keys(kindNames) as Kind[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {kindNames[value]}
          </label>
        ))}
        {kind === 'exercise' && (
          <span className="field">
            <label htmlFor={`${id}-exercise`}>Exercise</label>
            <select
              id={`${id}-exercise`}
              value={exerciseId}
              onChange={(event) => setExerciseId(event.target.value)}
            >
              {exercises.map((exercise) => (
                <option key={exercise.id} value={exercise.id}>
                  {exercise.title}
                </option>
              ))}
            </select>
          </span>
        )}
        {kind === 'pack' && (
          <label className="choice">
            <input
              type="checkbox"
              checked={duplex}
              onChange={(event) => setDuplex(event.target.checked)}
            />{' '}
            For double-sided printing: each exercise starts on a right-hand page
          </label>
        )}
        {kind === 'runsheet' && (
          <span className="field">
            <label htmlFor={`${id}-participants`}>Participants, for material quantities</label>
            <input
              id={`${id}-participants`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              step={1}
              value={participants}
              aria-invalid={!participantsValid}
              aria-describedby={participantsValid ? undefined : `${id}-participants-problem`}
              onChange={(event) => setParticipants(event.target.value)}
            />
            {!participantsValid && (
              <span id={`${id}-participants-problem`} className="handouts-problem">
                A whole number from 1 to 1000
              </span>
            )}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>Paper</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-paper`}
            checked={paper === 'a4'}
            onChange={() => setPaper('a4')}
          />{' '}
          A4
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-paper`}
            checked={paper === 'letter'}
            onChange={() => setPaper('letter')}
          />{' '}
          US Letter
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={largePrint}
            onChange={(event) => setLargePrint(event.target.checked)}
          />{' '}
          Large print (16 pt and up)
        </label>
      </fieldset>
      <fieldset>
        <legend>On the cover (leave blank to write by hand)</legend>
        {(['date', 'facilitator', 'place'] as const).map((field) => (
          <span key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{fieldNames[field]}</label>
            <input
              id={`${id}-${field}`}
              value={details[field]}
              maxLength={200}
              onChange={(event) => setDetails({ ...details, [field]: event.target.value })}
            />
          </span>
        ))}
      </fieldset>
      <div className="toolbar">
        <label className="choice">
          <input
            type="checkbox"
            checked={openAfter}
            onChange={(event) => setOpenAfter(event.target.checked)}
          />{' '}
          Open the PDF after saving
        </label>
        <button
          type="button"
          className="button-primary"
          onClick={save}
          disabled={
            busy ||
            (kind === 'exercise' && exerciseId === '') ||
            (kind === 'runsheet' && !participantsValid)
          }
        >
          {busy ? 'Preparing the PDF…' : 'Save as PDF…'}
        </button>
        {busy && <progress aria-label="Preparing the PDF" />}
      </div>
      {namedPacks !== null && (
        <p className="handouts-named-packs" role="status">
          Named packs for this session’s roster ({paper === 'a4' ? 'A4' : 'US Letter'}):{' '}
          <strong>{namedPacks}</strong>. Print them from Roster and groups.
        </p>
      )}
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
