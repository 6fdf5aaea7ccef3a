import { useState } from 'react'
import { FormattedMessage } from 'react-intl'
import type { OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { AgendaExportPanel } from '../agenda-export/AgendaExportPanel'
import { HandoutPanel } from '../handouts/HandoutPanel'
import { AgendaTable } from './AgendaTable'
import { useWorkshop } from './useWorkshop'
import { useWorkshopHistory } from './useWorkshopHistory'
import { WorkshopReport } from './WorkshopReport'
import './workshop.css'

interface WorkshopScreenProps {
  opened: OpenedWorkshop
  onBack: () => void
  onOpened: (opened: OpenedWorkshop) => void
  onEdit: (opened: OpenedWorkshop) => void
}

/** One workshop: what it is, who it is for, its focus areas and its agenda. */
export function WorkshopScreen({ opened, onBack, onOpened, onEdit }: WorkshopScreenProps) {
  const { workshop, ref, readOnly } = opened
  const page = useWorkshop(opened, onOpened)
  const past = useWorkshopHistory(ref)
  const [reporting, setReporting] = useState(false)

  if (reporting && past.history !== null)
    return (
      <WorkshopReport workshopRef={ref} history={past.history} onBack={() => setReporting(false)} />
    )

  return (
    <article className="workshop" aria-labelledby="workshop-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        <FormattedMessage id="workshop.back" />
      </button>
      <Notice message={page.notice} onDismiss={page.dismiss} />
      {page.titleOnRoom && (
        <div className="notice notice-info" role="status">
          <p className="notice-text">
            <FormattedMessage id="workshop.titleOnRoom" values={{ title: workshop.title }} />
          </p>
          <button type="button" onClick={() => page.showTitle(false)}>
            <FormattedMessage id="workshop.backToWaiting" />
          </button>
        </div>
      )}
      {page.changedOnDisk && (
        <div className="notice notice-info" role="status">
          <p className="notice-text">
            <FormattedMessage id="workshop.changedOnDisk" />
          </p>
          <button type="button" onClick={page.reopen}>
            <FormattedMessage id="workshop.reload" />
          </button>
        </div>
      )}
      <header className="workshop-header">
        <div className="workshop-title-row">
          <h1 id="workshop-title">{workshop.title}</h1>
          <div className="workshop-actions">
            <button type="button" className="button-primary button-large" onClick={page.startRun}>
              <FormattedMessage id="workshop.run" />
            </button>
            <button type="button" onClick={() => page.showTitle(true)}>
              <FormattedMessage id="workshop.showTitle" />
            </button>
          </div>
        </div>
        {workshop.subtitle !== '' && <p className="subtitle">{workshop.subtitle}</p>}
        {!readOnly && (
          <div className="read-only-bar">
            <button type="button" className="button-primary" onClick={() => onEdit(opened)}>
              <FormattedMessage id="workshop.edit" />
            </button>
          </div>
        )}
        {readOnly && (
          <div className="read-only-bar">
            <span className="badge">
              <FormattedMessage id="workshop.builtInBadge" />
            </span>
            <button type="button" className="button-primary" onClick={page.duplicate}>
              <FormattedMessage id="workshop.duplicate" />
            </button>
          </div>
        )}
        {workshop.description !== '' && <p className="lead">{workshop.description}</p>}
        {workshop.audience !== '' && (
          <p className="muted">
            <FormattedMessage
              id="workshop.audience"
              values={{ audience: workshop.audience, strong: (words) => <strong>{words}</strong> }}
            />
          </p>
        )}
      </header>
      {workshop.focusAreas.length > 0 && (
        <section aria-labelledby="areas-title" className="focus-areas">
          <h2 id="areas-title">
            <FormattedMessage id="workshop.focusAreas" />
          </h2>
          {workshop.focusAreas.map((area) => (
            <details key={area.id}>
              <summary>{area.title}</summary>
              <p>{area.overview}</p>
            </details>
          ))}
        </section>
      )}
      <section aria-labelledby="agenda-title">
        <div className="workshop-title-row">
          <h2 id="agenda-title">
            <FormattedMessage id="workshop.agenda.title" />
          </h2>
          {past.history !== null && (
            <button type="button" onClick={() => setReporting(true)}>
              <FormattedMessage id="workshop.report.open" />
            </button>
          )}
        </div>
        <Notice message={past.notice} onDismiss={past.dismiss} />
        <AgendaTable workshop={workshop} history={past.history} />
      </section>
      <HandoutPanel workshopRef={ref} workshop={workshop} />
      <AgendaExportPanel workshopRef={ref} workshop={workshop} />
      {workshop.credits.length > 0 && (
        <footer className="credits">
          {workshop.credits.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      )}
    </article>
  )
}
