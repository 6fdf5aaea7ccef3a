import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { Note } from '@common/api/contract'
import { buildDebrief } from '@common/domain/session/debrief'
import { Notice } from '../../components/Notice'
import { NoteItem } from '../notes/NoteItem'
import { TagSymbol } from '../notes/TagSymbol'
import { DebriefChart } from './DebriefChart'
import { DebriefExports } from './DebriefExports'
import { DebriefGroups } from '../pairs/DebriefGroups'
import { formatMinutes } from '../../lib/human-minutes'
import { useDebrief } from './useDebrief'
import { DebriefComparison } from './DebriefComparison'
import { useSessionComparison } from './useSessionComparison'
import '../workshop/workshop.css'
import { describeOverrun, describeWhen, joinDetails } from './session-words'
import './debrief.css'

/** After the session: planned against actual, the notes by exercise, actions and parking lot first. */
export function DebriefScreen({ fileName, onBack }: { fileName: string; onBack: () => void }) {
  const intl = useIntl()
  const record = useDebrief(fileName)
  const compared = useSessionComparison(fileName)
  const { session, saveNote: save, removeNote: remove } = record
  const [editing, setEditing] = useState(false)
  const notice = <Notice message={record.notice} onDismiss={record.dismiss} />

  if (session === null) {
    return (
      <section className="debrief">
        <button type="button" className="button-quiet back" onClick={onBack}>
          <FormattedMessage id="sessions.debrief.back" />
        </button>
        {notice}
      </section>
    )
  }
  const debrief = buildDebrief(session)
  const details = [
    session.place,
    session.facilitator,
    session.participantCount === null
      ? ''
      : intl.formatMessage(
          { id: 'sessions.debrief.participants' },
          { count: session.participantCount },
        ),
  ].filter((d) => d !== '')
  const noteList = (notes: Note[], label: string) => (
    <ol className="notes-list" aria-label={label}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} onSave={save} onRemove={remove} readOnly={!editing} />
      ))}
    </ol>
  )
  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        <FormattedMessage id="sessions.debrief.back" />
      </button>
      <header className="workshop-header">
        <p className="muted">
          <FormattedMessage id="sessions.debrief.kicker" />
        </p>
        <h1 id="debrief-title">{debrief.title}</h1>
        <p className="lead">
          {describeWhen(intl, debrief.startedAt, debrief.endedAt, 'long')}
          {joinDetails(details)}
        </p>
        <p className="debrief-summary" data-testid="debrief-summary">
          <FormattedMessage
            id="sessions.debrief.summary"
            values={{
              planned: formatMinutes(debrief.plannedMinutes),
              actual: formatMinutes(debrief.actualMinutes),
              against: describeOverrun(intl, debrief.overrunMinutes),
            }}
          />
        </p>
      </header>
      {notice}
      <Notice message={compared.notice} onDismiss={compared.dismiss} />
      <div className="toolbar">
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          <FormattedMessage
            id={editing ? 'sessions.debrief.doneEditing' : 'sessions.debrief.editNotes'}
          />
        </button>
        <DebriefExports debrief={record} />
      </div>
      <div className="debrief-follow-up">
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">
            <TagSymbol tag="action" />
            <FormattedMessage
              id="sessions.debrief.actions"
              values={{ count: debrief.actions.length }}
            />
          </h2>
          {debrief.actions.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="sessions.debrief.noActions" />
            </p>
          ) : (
            noteList(debrief.actions, intl.formatMessage({ id: 'sessions.debrief.actionsList' }))
          )}
        </section>
        <section aria-labelledby="parking-title">
          <h2 id="parking-title">
            <TagSymbol tag="parkingLot" />
            <FormattedMessage
              id="sessions.debrief.parkingLot"
              values={{ count: debrief.parkingLot.length }}
            />
          </h2>
          {debrief.parkingLot.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="sessions.debrief.nothingParked" />
            </p>
          ) : (
            noteList(
              debrief.parkingLot,
              intl.formatMessage({ id: 'sessions.debrief.parkingLotList' }),
            )
          )}
        </section>
      </div>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">
          <FormattedMessage id="sessions.chart.heading" />
        </h2>
        <DebriefChart rows={debrief.rows} />
      </section>
      {compared.comparison !== null && (
        <DebriefComparison comparison={compared.comparison} rows={debrief.rows} />
      )}
      <section aria-labelledby="by-exercise-title">
        <h2 id="by-exercise-title">
          <FormattedMessage id="sessions.debrief.notesByExercise" />
        </h2>
        {debrief.rows
          .filter((row) => row.notes.length > 0)
          .map((row) => (
            <section
              key={row.itemIndex}
              className="debrief-item"
              aria-label={intl.formatMessage(
                { id: 'sessions.debrief.notesOn' },
                { title: row.title },
              )}
            >
              <h3>{row.title}</h3>
              {noteList(
                row.notes,
                intl.formatMessage({ id: 'sessions.debrief.notesOn' }, { title: row.title }),
              )}
            </section>
          ))}
        {session.notes.length === 0 && (
          <p className="muted">
            <FormattedMessage id="sessions.debrief.noNotes" />
          </p>
        )}
      </section>
      <DebriefGroups session={session} onClear={record.clearRoster} />
    </article>
  )
}
