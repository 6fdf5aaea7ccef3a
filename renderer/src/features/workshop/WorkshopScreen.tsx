import type { OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { AgendaExportPanel } from '../agenda-export/AgendaExportPanel'
import { HandoutPanel } from '../handouts/HandoutPanel'
import { AgendaTable } from './AgendaTable'
import { useWorkshop } from './useWorkshop'
import { useWorkshopHistory } from './useWorkshopHistory'
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

  return (
    <article className="workshop" aria-labelledby="workshop-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        ← All workshops
      </button>
      <Notice message={page.notice} onDismiss={page.dismiss} />
      {page.titleOnRoom && (
        <div className="notice notice-info" role="status">
          <p className="notice-text">The room display shows “{workshop.title}”.</p>
          <button type="button" onClick={() => page.showTitle(false)}>
            Back to the waiting screen
          </button>
        </div>
      )}
      {page.changedOnDisk && (
        <div className="notice notice-info" role="status">
          <p className="notice-text">
            This workshop’s file was changed or removed outside Facilitator.
          </p>
          <button type="button" onClick={page.reopen}>
            Load the version on disk
          </button>
        </div>
      )}
      <header className="workshop-header">
        <div className="workshop-title-row">
          <h1 id="workshop-title">{workshop.title}</h1>
          <div className="workshop-actions">
            <button type="button" className="button-primary button-large" onClick={page.startRun}>
              ▶ Run this workshop
            </button>
            <button type="button" onClick={() => page.showTitle(true)}>
              Show title on the room
            </button>
          </div>
        </div>
        {workshop.subtitle !== '' && <p className="subtitle">{workshop.subtitle}</p>}
        {!readOnly && (
          <div className="read-only-bar">
            <button type="button" className="button-primary" onClick={() => onEdit(opened)}>
              ✎ Edit
            </button>
          </div>
        )}
        {readOnly && (
          <div className="read-only-bar">
            <span className="badge">Built-in · read-only</span>
            <button type="button" className="button-primary" onClick={page.duplicate}>
              Duplicate to edit
            </button>
          </div>
        )}
        {workshop.description !== '' && <p className="lead">{workshop.description}</p>}
        {workshop.audience !== '' && (
          <p className="muted">
            <strong>For:</strong> {workshop.audience}
          </p>
        )}
      </header>
      {workshop.focusAreas.length > 0 && (
        <section aria-labelledby="areas-title" className="focus-areas">
          <h2 id="areas-title">Focus areas</h2>
          {workshop.focusAreas.map((area) => (
            <details key={area.id}>
              <summary>{area.title}</summary>
              <p>{area.overview}</p>
            </details>
          ))}
        </section>
      )}
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
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
