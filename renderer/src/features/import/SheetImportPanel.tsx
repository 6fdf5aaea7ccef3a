import { useId } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { formatDuration, itemMinutes, totalMinutes } from '@common/domain/workshop/schedule'
import { groupingMessageIds } from '@common/i18n/grouping-messages'
import { describeSheetRefusal } from '@common/domain/workshop/sheet/sheet-import'
import { sheetFields } from '@common/domain/workshop/sheet/sheet-mapping'
import { formatRef } from '@common/i18n/message-ref'
import { columnLetter } from '@common/domain/workshop/sheet/sheet-table'
import type { AgendaSheet, OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { useSheetImport } from './useSheetImport'
import { formatClockText } from '../../lib/i18n/clock-text'
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
  const intl = useIntl()
  const step = useSheetImport(sheet, onOpened, onClose)
  const titleId = useId()
  const { table, mapping, preview } = step
  const items = preview.ok ? preview.workshop.exercises : []
  const breaks = items.filter((item) => item.kind === 'break').length
  return (
    <section className="sheet-import" aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>
        <FormattedMessage id="import.heading" values={{ fileName: step.sheet.fileName }} />
      </h2>
      <p className="muted">
        <FormattedMessage id="import.intro" values={{ rows: table.rows.length }} />
      </p>
      <div className="sheet-import-title">
        <label htmlFor={titleId}>
          <FormattedMessage id="import.workshopTitle" />
        </label>
        <input
          id={titleId}
          value={step.title}
          maxLength={160}
          onChange={(event) => step.setTitle(event.target.value)}
        />
      </div>
      <fieldset className="sheet-mapping">
        <legend>
          <FormattedMessage id="import.columns" />
        </legend>
        {sheetFields.map((field) => (
          <span key={field} className="sheet-mapping-field">
            <label htmlFor={`${titleId}-${field}`}>
              <FormattedMessage id={`import.field.${field}`} />
            </label>
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
              <option value={NOT_USED}>{intl.formatMessage({ id: 'import.notUsed' })}</option>
              {table.headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {intl.formatMessage(
                    { id: 'import.column' },
                    { letter: columnLetter(index), header },
                  )}
                </option>
              ))}
            </select>
          </span>
        ))}
      </fieldset>
      <h3>
        <FormattedMessage id="import.preview" />
      </h3>
      {preview.ok ? (
        <p>
          <FormattedMessage
            id="import.previewSummary"
            values={{
              exercises: items.length - breaks,
              breaks,
              duration: formatDuration(totalMinutes(preview.workshop)),
              start:
                preview.workshop.plannedStart === null
                  ? 'none'
                  : formatClockText(intl, preview.workshop.plannedStart),
            }}
          />
        </p>
      ) : (
        <p className="notice notice-error" role="alert">
          {describeSheetRefusal(intl, preview)}
        </p>
      )}
      {items.length > 0 && (
        <div className="sheet-preview-scroll">
          <table className="sheet-preview" aria-label={intl.formatMessage({ id: 'import.table' })}>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="import.table.number" />
                </th>
                <th scope="col">
                  <FormattedMessage id="import.table.title" />
                </th>
                <th scope="col">
                  <FormattedMessage id="import.table.phases" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="import.table.minutes" />
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id} className={item.kind === 'break' ? 'is-break' : undefined}>
                  <td>{index + 1}</td>
                  <td>
                    {item.title}
                    {item.kind === 'break' && (
                      <span className="muted">
                        <FormattedMessage id="import.table.break" />
                      </span>
                    )}
                  </td>
                  <td>
                    {item.kind === 'exercise' &&
                      item.phases
                        .map((phase) => {
                          const values = {
                            label: phase.label,
                            duration: formatDuration(phase.minutes),
                            grouping: intl.formatMessage({
                              id: groupingMessageIds[phase.grouping],
                            }),
                          }
                          // A one-phase row names its phase after the exercise: say it once.
                          return intl.formatMessage(
                            {
                              id:
                                phase.label === item.title
                                  ? 'import.table.phaseUnnamed'
                                  : 'import.table.phase',
                            },
                            values,
                          )
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
            <FormattedMessage id="import.problems" values={{ count: preview.problems.length }} />
          </h3>
          <ul>
            {preview.problems.map((problem) => (
              <li key={problem.row}>
                <FormattedMessage
                  id="import.problem"
                  values={{ row: problem.row, reason: formatRef(intl, problem.reason) }}
                />
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
          <FormattedMessage id="import.add" />
        </button>
        <button type="button" className="button-quiet" onClick={step.cancel}>
          <FormattedMessage id="import.cancel" />
        </button>
      </div>
    </section>
  )
}
