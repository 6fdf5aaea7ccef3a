import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { Notice } from '../../components/Notice'
import { useSessions } from './useSessions'
import { describeWhen } from './session-words'
import '../library/library.css'
import './debrief.css'

/** Every session record, newest first, optionally for one workshop. */
export function SessionsScreen({
  onBack,
  onOpen,
}: {
  onBack: () => void
  onOpen: (fileName: string) => void
}) {
  const intl = useIntl()
  const { listing, notice, dismiss, remove } = useSessions()
  const when = (startedAt: number | null, endedAt: number | null) =>
    describeWhen(intl, startedAt, endedAt, 'short')
  const [filter, setFilter] = useState('all')
  const [confirming, setConfirming] = useState<string | null>(null)
  const titles = [...new Set(listing?.sessions.map((s) => s.workshopTitle) ?? [])]
  const shown =
    listing?.sessions.filter((s) => filter === 'all' || s.workshopTitle === filter) ?? []

  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        <FormattedMessage id="sessions.list.back" />
      </button>
      <div className="screen-heading">
        <h1 id="sessions-title">
          <FormattedMessage id="sessions.list.title" />
        </h1>
        <label>
          <FormattedMessage id="sessions.list.workshop" />
          <select value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value="all">{intl.formatMessage({ id: 'sessions.list.allWorkshops' })}</option>
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
        <p className="muted">
          <FormattedMessage id="sessions.list.empty" />
        </p>
      )}
      <ul className="workshop-list" aria-label={intl.formatMessage({ id: 'sessions.list.label' })}>
        {shown.map((session) => (
          <li
            key={session.fileName}
            className="workshop-card"
            aria-label={intl.formatMessage(
              { id: 'sessions.list.itemLabel' },
              { title: session.workshopTitle, when: when(session.startedAt, session.endedAt) },
            )}
          >
            <div className="workshop-card-text">
              <h2>{session.workshopTitle}</h2>
              <p className="muted">
                <FormattedMessage
                  id="sessions.list.whenAndNotes"
                  values={{
                    when: when(session.startedAt, session.endedAt),
                    count: session.noteCount,
                  }}
                />
                {session.live && (
                  <span className="badge">
                    <FormattedMessage id="sessions.list.runningNow" />
                  </span>
                )}
              </p>
            </div>
            {confirming === session.fileName ? (
              <div
                className="confirm"
                role="group"
                aria-label={intl.formatMessage({ id: 'sessions.list.confirmLabel' })}
              >
                <span>
                  <FormattedMessage id="sessions.list.confirmQuestion" />
                </span>
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => {
                    setConfirming(null)
                    remove(session.fileName)
                  }}
                >
                  <FormattedMessage id="sessions.list.moveToTrash" />
                </button>
                <button type="button" className="button-quiet" onClick={() => setConfirming(null)}>
                  <FormattedMessage id="sessions.list.keep" />
                </button>
              </div>
            ) : (
              <div className="toolbar">
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => onOpen(session.fileName)}
                >
                  <FormattedMessage id="sessions.list.debrief" />
                </button>
                {!session.live && (
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => setConfirming(session.fileName)}
                  >
                    <FormattedMessage id="sessions.list.delete" />
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {listing !== null && listing.broken.length > 0 && (
        <section className="broken" aria-label={intl.formatMessage({ id: 'sessions.list.broken' })}>
          <h2>
            <FormattedMessage id="sessions.list.broken" />
          </h2>
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
