import { useId } from 'react'
import { describeGrouping } from '@common/domain/workshop/grouping-words'
import { formatDuration, itemMinutes, totalMinutes } from '@common/domain/workshop/schedule'
import { sheetFieldNames, sheetFields } from '@common/domain/workshop/sheet/sheet-mapping'
import { columnLetter } from '@common/domain/workshop/sheet/sheet-table'
import type { AgendaSheet, OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { useSheetImport } from './useSheetImport'
import './import.css'

const NOT_USED = ''

/**
 * The mapping step of an agenda import: which column holds what, guessed from the headers and
 * changeable, and the workshop it makes, with every row left out and why, before anything is
 * written.
 */
export function SheetImportPanel({
  sheet,
  onOpened,
  onClose,
}: {
  sheet: AgendaSheet
  onOpened: (opened: OpenedWorkshop) => void
  onClose: () => void
}) {
  const step = useSheetImport(sheet, onOpened, onClose)
  const titleId = useId()
  const { table, mapping, preview } = step
  const items = preview.ok ? preview.workshop.exercises : []
  const breaks = items.filter((item) => item.kind === 'break').length
  return (
    <section className="sheet-import" aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>Import {step.sheet.fileName}</h2>
      <p className="muted">
        {table.rows.length} rows under the header. Choose which column holds what; the preview below
        shows the workshop it makes. Nothing is added until you confirm.
      </p>
      <div className="sheet-import-title">
        <label htmlFor={titleId}>Workshop title</label>
        <input
          id={titleId}
          value={step.title}
          maxLength={160}
          onChange={(event) => step.setTitle(event.target.value)}
        />
      </div>
      <fieldset className="sheet-mapping">
        <legend>Columns</legend>
        {sheetFields.map((field) => (
          <span key={field} className="sheet-mapping-field">
            <label htmlFor={`${titleId}-${field}`}>{sheetFieldNames[field]}</label>
            <select
              id={`${titleId}-${field}`}
              value={mapping[field] === undefined ? NOT_USED : String(mapping[field])}
              onChange={(event) =>
                step.setColumn(
                  field,
                  event.target.value === NOT_USED ? null : Number(event.target.value),
                )
              }
            >
              <option value={NOT_USED}>not used</option>
              {table.headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {columnLetter(index)}: {header}
                </option>
              ))}
            </select>
          </span>
        ))}
      </fieldset>
      <h3>Preview</h3>
      {preview.ok ? (
        <p>
          {items.length - breaks} {items.length - breaks === 1 ? 'exercise' : 'exercises'} and{' '}
          {breaks} {breaks === 1 ? 'break' : 'breaks'},{' '}
          {formatDuration(totalMinutes(preview.workshop))}
          {preview.workshop.plannedStart === null
            ? ''
            : `, starting at ${preview.workshop.plannedStart}`}
          .
        </p>
      ) : (
        <p className="notice notice-error" role="alert">
          {preview.message}
        </p>
      )}
      {items.length > 0 && (
        <div className="sheet-preview-scroll">
          <table className="sheet-preview" aria-label="What the import makes">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Title</th>
                <th scope="col">Phases</th>
                <th scope="col" className="number">
                  Minutes
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id} className={item.kind === 'break' ? 'is-break' : undefined}>
                  <td>{index + 1}</td>
                  <td>
                    {item.title}
                    {item.kind === 'break' && <span className="muted"> (break)</span>}
                  </td>
                  <td>
                    {item.kind === 'exercise' &&
                      item.phases
                        .map((phase) => {
                          // A one-phase row names its phase after the exercise: say it once.
                          const label = phase.label === item.title ? '' : `${phase.label}: `
                          return `${label}${formatDuration(phase.minutes)}, ${describeGrouping(phase.grouping).toLowerCase()}`
                        })
                        .join(' · ')}
                  </td>
                  <td className="number">{itemMinutes(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.problems.length > 0 && (
        <div className="sheet-problems" role="status">
          <h3>
            {preview.problems.length === 1
              ? '1 row is left out'
              : `${String(preview.problems.length)} rows are left out`}
          </h3>
          <ul>
            {preview.problems.map((problem) => (
              <li key={problem.row}>
                Row {problem.row}: {problem.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Notice message={step.notice} onDismiss={step.dismiss} />
      <div className="toolbar">
        <button
          type="button"
          className="button-primary"
          disabled={!preview.ok}
          onClick={step.confirm}
        >
          Add to the library
        </button>
        <button type="button" className="button-quiet" onClick={step.cancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}
