import { useSecondNow } from '../../lib/useFrameNow'
import type { RunPanelProps } from './run-panel-props'
import {
  actualMinutesByItem,
  formatClockTime,
  plannedItemStarts,
} from '@common/domain/run/schedule-tracking'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { formatMinutes } from '../../lib/human-minutes'

/** The agenda with planned times, minutes actually spent, and a way to jump to any item. */
export function RunAgenda({ state, send }: RunPanelProps) {
  const now = useSecondNow()
  const starts = plannedItemStarts(state, now)
  const actual = actualMinutesByItem(state, now)
  return (
    <section className="run-agenda" aria-labelledby="run-agenda-title">
      <h2 id="run-agenda-title">Agenda</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Planned</th>
            <th scope="col">Item</th>
            <th scope="col" className="numeric">
              Plan
            </th>
            <th scope="col" className="numeric">
              Actual
            </th>
          </tr>
        </thead>
        <tbody>
          {state.workshop.exercises.map((item, index) => {
            const current = index === state.itemIndex
            const spent = actual[index] ?? null
            const over = spent !== null && spent > itemMinutes(item) + 0.5
            return (
              <tr
                key={item.id}
                className={current ? 'is-current' : index < state.itemIndex ? 'is-done' : undefined}
                aria-current={current ? 'step' : undefined}
              >
                <td className="numeric">{formatClockTime(starts[index] ?? now)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="agenda-jump"
                    disabled={state.status === 'ended'}
                    onClick={() => send({ type: 'jump', itemIndex: index })}
                    aria-label={`Jump to ${item.title}`}
                  >
                    {current && <span aria-hidden="true">▶ </span>}
                    {item.title}
                  </button>
                  {item.kind === 'exercise' && item.optional && (
                    <span className="tag">optional</span>
                  )}
                </th>
                <td className="numeric">{formatMinutes(itemMinutes(item))}</td>
                <td className={`numeric${over ? ' is-over' : ''}`}>
                  {spent === null ? '' : formatMinutes(spent)}
                  {over && <span className="visually-hidden"> (over plan)</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
