import { useState } from 'react'
import type { Note } from '@common/api/contract'
import { buildDebrief } from '@common/domain/session/debrief'
import { formatClockTime } from '@common/domain/run/schedule-tracking'
import { Notice } from '../../components/Notice'
import { NoteItem } from '../notes/NoteItem'
import { TagSymbol } from '../notes/TagSymbol'
import { DebriefChart } from './DebriefChart'
import { DebriefExports } from './DebriefExports'
import { DebriefGroups } from '../pairs/DebriefGroups'
import { formatMinutes } from '../../lib/human-minutes'
import { useDebrief } from './useDebrief'
import '../workshop/workshop.css'
import './debrief.css'

function describeOverrun(minutes: number): string {
  if (Math.abs(minutes) < 0.5) return 'on plan'
  return minutes > 0
    ? `${formatMinutes(minutes)} over plan`
    : `${formatMinutes(-minutes)} under plan`
}

/** After the session: planned against actual, the notes by exercise, actions and parking lot first. */
export function DebriefScreen({ fileName, onBack }: { fileName: string; onBack: () => void }) {
  const record = useDebrief(fileName)
  const { session, saveNote: save, removeNote: remove } = record
  const [editing, setEditing] = useState(false)
  const notice = <Notice message={record.notice} onDismiss={record.dismiss} />

  if (session === null) {
    return (
      <section className="debrief">
        <button type="button" className="button-quiet back" onClick={onBack}>
          ← Sessions
        </button>
        {notice}
      </section>
    )
  }
  const debrief = buildDebrief(session)
  const details = [
    session.place,
    session.facilitator,
    session.participantCount === null ? '' : `${String(session.participantCount)} participants`,
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
        ← Sessions
      </button>
      <header className="workshop-header">
        <p className="muted">Debrief</p>
        <h1 id="debrief-title">{debrief.title}</h1>
        <p className="lead">
          {debrief.startedAt === null
            ? 'Not started'
            : new Date(debrief.startedAt).toLocaleDateString(undefined, {
                weekday: 'long',
                year: 'numeric',
                month: 'long',
                day: 'numeric',
              })}
          {debrief.startedAt !== null &&
            `, ${formatClockTime(debrief.startedAt)}–${debrief.endedAt === null ? 'unfinished' : formatClockTime(debrief.endedAt)}`}
          {details.length > 0 && ` · ${details.join(' · ')}`}
        </p>
        <p className="debrief-summary" data-testid="debrief-summary">
          Planned {formatMinutes(debrief.plannedMinutes)} · actual{' '}
          {formatMinutes(debrief.actualMinutes)} · {describeOverrun(debrief.overrunMinutes)}
        </p>
      </header>
      {notice}
      <div className="toolbar">
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done editing notes' : 'Edit notes'}
        </button>
        <DebriefExports debrief={record} />
      </div>
      <div className="debrief-follow-up">
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">
            <TagSymbol tag="action" /> Actions ({debrief.actions.length})
          </h2>
          {debrief.actions.length === 0 ? (
            <p className="muted">No actions were noted.</p>
          ) : (
            noteList(debrief.actions, 'Actions')
          )}
        </section>
        <section aria-labelledby="parking-title">
          <h2 id="parking-title">
            <TagSymbol tag="parkingLot" /> Parking lot ({debrief.parkingLot.length})
          </h2>
          {debrief.parkingLot.length === 0 ? (
            <p className="muted">Nothing was parked.</p>
          ) : (
            noteList(debrief.parkingLot, 'Parking lot')
          )}
        </section>
      </div>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Planned and actual minutes</h2>
        <DebriefChart rows={debrief.rows} />
      </section>
      <section aria-labelledby="by-exercise-title">
        <h2 id="by-exercise-title">Notes by exercise</h2>
        {debrief.rows
          .filter((row) => row.notes.length > 0)
          .map((row) => (
            <section
              key={row.itemIndex}
              className="debrief-item"
              aria-label={`Notes on ${row.title}`}
            >
              <h3>{row.title}</h3>
              {noteList(row.notes, `Notes on ${row.title}`)}
            </section>
          ))}
        {session.notes.length === 0 && (
          <p className="muted">No notes were taken in this session.</p>
        )}
      </section>
      <DebriefGroups session={session} onClear={record.clearRoster} />
    </article>
  )
}
