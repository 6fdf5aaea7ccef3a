import { useId, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { HandoutOptions, Workshop, WorkshopRef } from '@common/api/contract'
import { DEFAULT_PARTICIPANTS } from '@common/handouts/materials'
import { defaultPaperForLocale } from '@common/handouts/paper'
import { Notice } from '../../components/Notice'
import { useHandoutExport } from './useHandoutExport'
import { describeNamedPacksCount, useNamedPacksCount } from './useNamedPacksCount'
import './handouts.css'

type Kind = HandoutOptions['kind']

const kindNames: Record<Kind, MessageId> = {
  pack: 'handouts.kind.pack',
  runsheet: 'handouts.kind.runsheet',
  exercise: 'handouts.kind.exercise',
}

const fieldNames = {
  date: 'handouts.field.date',
  facilitator: 'handouts.field.facilitator',
  place: 'handouts.field.place',
} as const satisfies Record<string, MessageId>

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
  const intl = useIntl()
  const namedPacks = describeNamedPacksCount(useNamedPacksCount(paper, largePrint), intl)
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
      <h2 id={`${id}-title`}>
        <FormattedMessage id="handouts.title" />
      </h2>
      <fieldset>
        <legend>
          <FormattedMessage id="handouts.what" />
        </legend>
        {(Object.keys(kindNames) as Kind[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <FormattedMessage id={kindNames[value]} />
          </label>
        ))}
        {kind === 'exercise' && (
          <span className="field">
            <label htmlFor={`${id}-exercise`}>
              <FormattedMessage id="handouts.exercise" />
            </label>
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
            />
            <FormattedMessage id="handouts.duplex" />
          </label>
        )}
        {kind === 'runsheet' && (
          <span className="field">
            <label htmlFor={`${id}-participants`}>
              <FormattedMessage id="handouts.participants" />
            </label>
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
                <FormattedMessage id="handouts.participantsProblem" />
              </span>
            )}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>
          <FormattedMessage id="handouts.paper" />
        </legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-paper`}
            checked={paper === 'a4'}
            onChange={() => setPaper('a4')}
          />
          <FormattedMessage id="handouts.paper.a4" />
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-paper`}
            checked={paper === 'letter'}
            onChange={() => setPaper('letter')}
          />
          <FormattedMessage id="handouts.paper.letter" />
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={largePrint}
            onChange={(event) => setLargePrint(event.target.checked)}
          />
          <FormattedMessage id="handouts.largePrint" />
        </label>
      </fieldset>
      <fieldset>
        <legend>
          <FormattedMessage id="handouts.cover" />
        </legend>
        {(['date', 'facilitator', 'place'] as const).map((field) => (
          <span key={field} className="field">
            <label htmlFor={`${id}-${field}`}>
              <FormattedMessage id={fieldNames[field]} />
            </label>
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
          />
          <FormattedMessage id="handouts.openAfter" />
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
          <FormattedMessage id={busy ? 'handouts.preparing' : 'handouts.save'} />
        </button>
        {busy && <progress aria-label={intl.formatMessage({ id: 'handouts.preparing' })} />}
      </div>
      {namedPacks !== null && (
        <p className="handouts-named-packs" role="status">
          <FormattedMessage
            id="handouts.namedPacks.summary"
            values={{
              paper: intl.formatMessage({
                id: paper === 'a4' ? 'handouts.paper.a4' : 'handouts.paper.letter',
              }),
              largePrint: largePrint ? 'yes' : 'no',
              count: namedPacks,
              strong: (chunks) => <strong>{chunks}</strong>,
            }}
          />
        </p>
      )}
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
