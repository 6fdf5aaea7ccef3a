import { FormattedMessage, useIntl } from 'react-intl'
import type { DebriefRow } from '@common/domain/session/debrief'
import { formatMinutes } from '../../lib/human-minutes'
import './debrief.css'

const ROW = 34
const LABEL = 260
const WIDTH = 900

/** A title cut to fit left of its bars (the full one is in the chart's description). */
function shorten(title: string): string {
  return title.length > 34 ? `${title.slice(0, 33)}…` : title
}

/**
 * Planned against actual minutes per item, as bars: planned is an outline, actual is solid, and an
 * item that ran over is hatched and marked with its overrun in words, so colour is never alone.
 */
export function DebriefChart({ rows }: { rows: DebriefRow[] }) {
  const intl = useIntl()
  const notReached = intl.formatMessage({ id: 'sessions.chart.notReached' })
  const most = Math.max(1, ...rows.map((r) => Math.max(r.plannedMinutes, r.actualMinutes ?? 0)))
  // Leave room right of the longest bar for its figures ("25 planned · not reached").
  const scale = (WIDTH - LABEL - 200) / most
  const height = rows.length * ROW + 30
  return (
    <figure className="debrief-chart">
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
      >
        <title id="chart-title">{intl.formatMessage({ id: 'sessions.chart.title' })}</title>
        <desc id="chart-desc">
          {rows
            .map((r) =>
              intl.formatMessage(
                { id: 'sessions.chart.describeRow' },
                {
                  title: r.title,
                  planned: formatMinutes(r.plannedMinutes),
                  actual: r.actualMinutes === null ? notReached : formatMinutes(r.actualMinutes),
                },
              ),
            )
            .join('; ')}
        </desc>
        <defs>
          <pattern
            id="over"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#a32a1f" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#f7d6d2" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((row, index) => {
          const y = index * ROW + 6
          const over = row.actualMinutes !== null && row.actualMinutes > row.plannedMinutes + 0.5
          return (
            <g key={row.itemIndex}>
              <text x={LABEL - 10} y={y + 17} textAnchor="end" className="chart-label">
                {shorten(row.title)}
              </text>
              <rect
                x={LABEL}
                y={y}
                width={row.plannedMinutes * scale}
                height={12}
                fill="none"
                stroke="#1f5f8b"
                strokeWidth="2"
              />
              {row.actualMinutes !== null && (
                <rect
                  x={LABEL}
                  y={y + 14}
                  width={Math.max(1, row.actualMinutes * scale)}
                  height={12}
                  fill={over ? 'url(#over)' : '#1f5f8b'}
                />
              )}
              <text
                x={LABEL + Math.max(row.plannedMinutes, row.actualMinutes ?? 0) * scale + 8}
                y={y + 20}
                className="chart-value"
              >
                {row.actualMinutes === null
                  ? intl.formatMessage(
                      { id: 'sessions.chart.plannedNotReached' },
                      { planned: formatMinutes(row.plannedMinutes) },
                    )
                  : intl.formatMessage(
                      { id: over ? 'sessions.chart.actualOver' : 'sessions.chart.actualOf' },
                      {
                        actual: formatMinutes(row.actualMinutes),
                        planned: formatMinutes(row.plannedMinutes),
                        over: formatMinutes(row.actualMinutes - row.plannedMinutes),
                      },
                    )}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="chart-key">
        <span className="key-item">
          <span className="key-planned" aria-hidden="true" />
          <FormattedMessage id="sessions.chart.keyPlanned" />
        </span>
        <span className="key-item">
          <span className="key-actual" aria-hidden="true" />
          <FormattedMessage id="sessions.chart.keyActual" />
        </span>
        <span className="key-item">
          <span className="key-over" aria-hidden="true" />
          <FormattedMessage id="sessions.chart.keyOver" />
        </span>
      </figcaption>
    </figure>
  )
}
