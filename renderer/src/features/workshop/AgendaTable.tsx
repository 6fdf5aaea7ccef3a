import { FormattedMessage, useIntl, type IntlShape } from 'react-intl'
import type { Workshop, WorkshopHistory } from '@common/api/contract'
import {
  clockTimeAfter,
  formatDuration,
  planAgenda,
  totalMinutes,
} from '@common/domain/workshop/schedule'
import { groupingMessageIds } from '@common/i18n/grouping-messages'

/**
 * What the past sessions say about one item, in a few words: "usually 12 min (+2) · over 2 of 3",
 * "usually 8 min (−2) · never over".
 */
function describeHistory(
  intl: IntlShape,
  item: WorkshopHistory['items'][number] | undefined,
): string {
  if (item === undefined) return '—'
  const difference = item.medianDifference
  const against =
    Math.abs(difference) < 0.5
      ? intl.formatMessage({ id: 'workshop.history.onPlan' })
      : `${difference > 0 ? '+' : '−'}${String(Math.abs(difference))}`
  return intl.formatMessage(
    { id: 'workshop.history.usually' },
    {
      minutes: item.medianActual,
      against,
      over: item.ranOver,
      runs: item.runs,
    },
  )
}

/** How an exercise is run, step by step ("In pairs → Whole room"); a break has none. */
function describeFormat(intl: IntlShape, item: Workshop['exercises'][number]): string {
  return item.kind === 'exercise'
    ? item.format
        .map((grouping) => intl.formatMessage({ id: groupingMessageIds[grouping] }))
        .join(' → ')
    : '—'
}

/**
 * The workshop's agenda: each exercise and break with its planned time and length, and, once it
 * has been run, what its sessions took.
 */
export function AgendaTable({
  workshop,
  history = null,
}: {
  workshop: Workshop
  history?: WorkshopHistory | null
}) {
  const intl = useIntl()
  const areaTitle = new Map(workshop.focusAreas.map((area) => [area.id, area.title]))
  const past = new Map((history?.items ?? []).map((item) => [item.itemId, item]))
  const start = workshop.plannedStart
  return (
    <table className="agenda">
      <caption className="visually-hidden">
        <FormattedMessage id="workshop.agenda.title" />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage
              id={start === null ? 'workshop.agenda.startsAfter' : 'workshop.agenda.time'}
            />
          </th>
          <th scope="col">
            <FormattedMessage id="workshop.agenda.exercise" />
          </th>
          <th scope="col">
            <FormattedMessage id="workshop.agenda.format" />
          </th>
          <th scope="col" className="numeric">
            <FormattedMessage id="workshop.agenda.minutes" />
          </th>
          {history !== null && (
            <th scope="col">
              <FormattedMessage
                id="workshop.agenda.inSessions"
                values={{ count: history.sessions }}
              />
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {planAgenda(workshop).map(({ item, startMinute, minutes }) => (
          <tr key={item.id} className={item.kind === 'break' ? 'agenda-break' : undefined}>
            <td className="numeric">
              {start === null ? formatDuration(startMinute) : clockTimeAfter(start, startMinute)}
            </td>
            <th scope="row">
              {item.title}
              {item.kind === 'exercise' && item.focusAreaId !== null && (
                <span className="agenda-area">{areaTitle.get(item.focusAreaId)}</span>
              )}
            </th>
            <td>{describeFormat(intl, item)}</td>
            <td className="numeric">{minutes}</td>
            {history !== null && (
              <td className="agenda-history">{describeHistory(intl, past.get(item.id))}</td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td className="numeric">
            {start === null
              ? ''
              : intl.formatMessage(
                  { id: 'workshop.agenda.ends' },
                  { time: clockTimeAfter(start, totalMinutes(workshop)) },
                )}
          </td>
          <th scope="row">
            <FormattedMessage id="workshop.agenda.total" />
          </th>
          <td />
          <td className="numeric">{formatDuration(totalMinutes(workshop))}</td>
          {history !== null && <td />}
        </tr>
      </tfoot>
    </table>
  )
}
