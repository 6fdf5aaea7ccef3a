import type { Workshop, WorkshopHistory } from '@common/api/contract'
import { describeGrouping } from '@common/domain/workshop/grouping-words'
import {
  clockTimeAfter,
  formatDuration,
  planAgenda,
  totalMinutes,
} from '@common/domain/workshop/schedule'

/**
 * What the past sessions say about one item, in a few words: "usually 12 min (+2) · over 2 of 3",
 * "usually 8 min (−2) · never over".
 */
function describeHistory(item: WorkshopHistory['items'][number] | undefined): string {
  if (item === undefined) return '—'
  const difference = item.medianDifference
  const against =
    Math.abs(difference) < 0.5
      ? 'on plan'
      : `${difference > 0 ? '+' : '−'}${String(Math.abs(difference))}`
  const over =
    item.ranOver === 0 ? 'never over' : `over ${String(item.ranOver)} of ${String(item.runs)}`
  return `usually ${String(item.medianActual)} min (${against}) · ${over}`
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
  const areaTitle = new Map(workshop.focusAreas.map((area) => [area.id, area.title]))
  const past = new Map((history?.items ?? []).map((item) => [item.itemId, item]))
  const start = workshop.plannedStart
  return (
    <table className="agenda">
      <caption className="visually-hidden">Agenda</caption>
      <thead>
        <tr>
          <th scope="col">{start === null ? 'Starts after' : 'Time'}</th>
          <th scope="col">Exercise</th>
          <th scope="col">Format</th>
          <th scope="col" className="numeric">
            Minutes
          </th>
          {history !== null && (
            <th scope="col">
              In {history.sessions} {history.sessions === 1 ? 'session' : 'sessions'}
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
            <td>
              {item.kind === 'exercise' ? item.format.map(describeGrouping).join(' → ') : '—'}
            </td>
            <td className="numeric">{minutes}</td>
            {history !== null && (
              <td className="agenda-history">{describeHistory(past.get(item.id))}</td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td className="numeric">
            {start === null ? '' : `ends ${clockTimeAfter(start, totalMinutes(workshop))}`}
          </td>
          <th scope="row">Total</th>
          <td />
          <td className="numeric">{formatDuration(totalMinutes(workshop))}</td>
          {history !== null && <td />}
        </tr>
      </tfoot>
    </table>
  )
}
