import { FormattedMessage, useIntl } from 'react-intl'
import type { WorkshopHistory, WorkshopRef } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { formatMinutes } from '../../lib/human-minutes'
import { useReportExport } from './useReportExport'

/**
 * What the past sessions of a workshop say, item by item: planned minutes, the median actual
 * ones, their spread and how often the item ran over; saved as a sheet as `npm run workshop --
 * report` writes it.
 */
export function WorkshopReport({
  workshopRef,
  history,
  onBack,
}: {
  workshopRef: WorkshopRef
  history: WorkshopHistory
  onBack: () => void
}) {
  const intl = useIntl()
  const report = useReportExport(workshopRef)
  return (
    <article className="workshop workshop-report" aria-labelledby="report-title">
      <button type="button" className="button-quiet back" onClick={onBack}>
        <FormattedMessage id="workshop.report.back" />
      </button>
      <header className="workshop-header">
        <p className="muted">{history.workshopTitle}</p>
        <h1 id="report-title">
          <FormattedMessage id="workshop.report.title" />
        </h1>
        <p className="lead">
          <FormattedMessage id="workshop.report.lead" values={{ count: history.sessions }} />
        </p>
      </header>
      <Notice message={report.notice} onDismiss={report.dismiss} />
      <div className="toolbar">
        <button type="button" disabled={report.saving !== null} onClick={() => report.save('csv')}>
          <FormattedMessage id="workshop.report.saveCsv" />
        </button>
        <button type="button" disabled={report.saving !== null} onClick={() => report.save('xlsx')}>
          <FormattedMessage id="workshop.report.saveXlsx" />
        </button>
      </div>
      <table className="agenda" data-testid="sessions-report">
        <caption className="visually-hidden">
          <FormattedMessage id="workshop.report.title" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="workshop.agenda.exercise" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="workshop.report.planned" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="workshop.report.median" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="workshop.report.spread" />
            </th>
            <th scope="col">
              <FormattedMessage id="workshop.report.ranOver" />
            </th>
          </tr>
        </thead>
        <tbody>
          {history.items.map((item) => (
            <tr key={item.itemId} className={item.kind === 'break' ? 'agenda-break' : undefined}>
              <th scope="row">{item.title}</th>
              <td className="numeric">{formatMinutes(item.plannedMinutes)}</td>
              <td className="numeric">{formatMinutes(item.medianActual)}</td>
              <td className="numeric">
                {intl.formatMessage(
                  { id: 'workshop.report.range' },
                  { shortest: formatMinutes(item.shortest), longest: formatMinutes(item.longest) },
                )}
              </td>
              <td>
                {intl.formatMessage(
                  { id: 'workshop.report.overCount' },
                  { over: item.ranOver, runs: item.runs },
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
