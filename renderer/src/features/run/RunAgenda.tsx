import { FormattedMessage, useIntl } from 'react-intl'
import { useSecondNow } from '../../lib/useFrameNow'
import type { RunPanelProps } from './run-panel-props'
import { actualMinutesByItem, plannedItemStarts } from '@common/domain/run/schedule-tracking'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { formatMinutes } from '../../lib/human-minutes'
import { useClockTime } from './useClockTime'

/** The agenda with planned times, minutes actually spent, and a way to jump to any item. */
export function RunAgenda({ state, send }: RunPanelProps) {
  const intl = useIntl()
  const clockTime = useClockTime()
  const now = useSecondNow()
  const starts = plannedItemStarts(state, now)
  const actual = actualMinutesByItem(state, now)
  return (
    <section className="run-agenda" aria-labelledby="run-agenda-title">
      <h2 id="run-agenda-title">
        <FormattedMessage id="console.tab.agenda" />
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="console.agenda.planned" />
            </th>
            <th scope="col">
              <FormattedMessage id="console.agenda.item" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="console.agenda.plan" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="console.agenda.actual" />
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
                <td className="numeric">{clockTime(starts[index] ?? now)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="agenda-jump"
                    disabled={state.status === 'ended'}
                    onClick={() => send({ type: 'jump', itemIndex: index })}
                    aria-label={intl.formatMessage(
                      { id: 'console.agenda.jump' },
                      { title: item.title },
                    )}
                  >
                    {current && <span aria-hidden="true">▶ </span>}
                    {item.title}
                  </button>
                  {item.kind === 'exercise' && item.optional && (
                    <span className="tag">
                      <FormattedMessage id="console.agenda.optional" />
                    </span>
                  )}
                </th>
                <td className="numeric">{formatMinutes(itemMinutes(item))}</td>
                <td className={`numeric${over ? ' is-over' : ''}`}>
                  {spent === null ? '' : formatMinutes(spent)}
                  {over && (
                    <span className="visually-hidden">
                      {' '}
                      <FormattedMessage id="console.agenda.overPlan" />
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
