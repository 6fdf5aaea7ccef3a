import { useIntl } from 'react-intl'
import type { VoteTally } from '@common/lan/participants'
import { rankByCount } from '@common/room/overlay-placement'
import { describeVoteCount } from './overlay-words'

/**
 * A vote's result as bars, each with its count in words too, so it reads without the colour.
 * Each option's place (`data-rank`) says which give way first when they cannot all be shown, and
 * its count (`data-count`) what the line under the chart says of them.
 */
export function VoteChart({ tally }: { tally: VoteTally }) {
  const intl = useIntl()
  const counts = tally.options.map((o) => o.count)
  const most = Math.max(1, ...counts)
  const rank = rankByCount(counts)
  return (
    <figure
      className="vote-chart"
      aria-label={intl.formatMessage({ id: 'room.vote.label' }, { question: tally.question })}
    >
      <figcaption>{tally.question}</figcaption>
      <ul>
        {tally.options.map((option, index) => (
          <li key={option.label} data-rank={rank[index]} data-count={option.count}>
            <span className="vote-chart-label">{option.label}</span>
            <span className="vote-chart-count">
              {describeVoteCount(intl, option.count, tally.mode)}
            </span>
            <span
              className="vote-chart-bar"
              style={{ width: `${String((option.count / most) * 100)}%` }}
            />
          </li>
        ))}
      </ul>
      <p className="vote-chart-more" hidden />
    </figure>
  )
}
