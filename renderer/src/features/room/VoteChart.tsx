import type { VoteTally } from '@common/lan/participants'

/** A vote's result as bars, each with its count in words too, so it reads without the colour. */
export function VoteChart({ tally }: { tally: VoteTally }) {
  const most = Math.max(1, ...tally.options.map((o) => o.count))
  const unit = tally.mode === 'one' ? 'votes' : 'dots'
  return (
    <figure className="vote-chart" aria-label={`Vote: ${tally.question}`}>
      <figcaption>{tally.question}</figcaption>
      <ul>
        {tally.options.map((option) => (
          <li key={option.label}>
            <span className="vote-chart-label">{option.label}</span>
            <span
              className="vote-chart-bar"
              style={{ width: `${String((option.count / most) * 100)}%` }}
            />
            <span className="vote-chart-count">
              {String(option.count)} {unit}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
