import type { Workshop } from '@common/api/contract'
import { describeGrouping } from '@common/domain/workshop/grouping-words'
import {
  clockTimeAfter,
  formatDuration,
  planAgenda,
  totalMinutes,
} from '@common/domain/workshop/schedule'

/** The workshop's agenda: each exercise and break with its planned time and length. */
export function AgendaTable({ workshop }: { workshop: Workshop }) {
  const areaTitle = new Map(workshop.focusAreas.map((area) => [area.id, area.title]))
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
        </tr>
      </tfoot>
    </table>
  )
}
