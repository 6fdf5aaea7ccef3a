import { useState } from 'react'
import { formatClockTime } from '@common/domain/run/schedule-tracking'
import { Notice } from '../../components/Notice'
import { useSessions } from './useSessions'
import '../library/library.css'

function describeWhen(startedAt: number | null, endedAt: number | null): string {
  if (startedAt === null) return 'Not started'
  const day = new Date(startedAt).toLocaleDateString(undefined, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  })
  return `${day}, ${formatClockTime(startedAt)}–${endedAt === null ? 'unfinished' : formatClockTime(endedAt)}`
}

/** Every session record, newest first, optionally for one workshop. */
export function SessionsScreen({
  onBack,
  onOpen,
}: {
  onBack: () => void
  onOpen: (fileName: string) => void
}) {
  const { listing, notice, dismiss, remove } = useSessions()
  const [filter, setFilter] = useState('all')
  const [confirming, setConfirming] = useState<string | null>(null)
  const titles = [...new Set(listing?.sessions.map((s) => s.workshopTitle) ?? [])]
  const shown =
    listing?.sessions.filter((s) => filter === 'all' || s.workshopTitle === filter) ?? []

  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        ← All workshops
      </button>
      <div className="screen-heading">
        <h1 id="sessions-title">Sessions</h1>
        <label>
          Workshop{' '}
          <select value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value="all">All workshops</option>
            {titles.map((title) => (
              <option key={title} value={title}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Notice message={notice} onDismiss={dismiss} />
      {listing !== null && shown.length === 0 && (
        <p className="muted">No sessions yet. Each run of a workshop is kept here.</p>
      )}
      <ul className="workshop-list" aria-label="Sessions, newest first">
        {shown.map((session) => (
          <li
            key={session.fileName}
            className="workshop-card"
            aria-label={`${session.workshopTitle}, ${describeWhen(session.startedAt, session.endedAt)}`}
          >
            <div className="workshop-card-text">
              <h2>{session.workshopTitle}</h2>
              <p className="muted">
                {describeWhen(session.startedAt, session.endedAt)} · {session.noteCount}{' '}
                {session.noteCount === 1 ? 'note' : 'notes'}
                {session.live && <span className="badge">Running now</span>}
              </p>
            </div>
            {confirming === session.fileName ? (
              <div className="confirm" role="group" aria-label="Confirm deletion">
                <span>Move this session record to the trash?</span>
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => {
                    setConfirming(null)
                    remove(session.fileName)
                  }}
                >
                  Move to trash
                </button>
                <button type="button" className="button-quiet" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div className="toolbar">
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => onOpen(session.fileName)}
                >
                  Debrief
                </button>
                {!session.live && (
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => setConfirming(session.fileName)}
                  >
                    Delete
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {listing !== null && listing.broken.length > 0 && (
        <section className="broken" aria-label="Session files that could not be opened">
          <h2>Session files that could not be opened</h2>
          <ul>
            {listing.broken.map((file) => (
              <li key={file.fileName} className="broken-file">
                <strong className="path">{file.fileName}</strong>
                <pre className="broken-message">{file.message}</pre>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
