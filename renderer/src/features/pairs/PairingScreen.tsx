import { useMemo } from 'react'
import { planPairingPages, type NamedRound } from '@common/domain/grouping/round-view'
import { useSecondNow } from '../../lib/useFrameNow'
import './pairing-screen.css'

const tags = { a: 'A', b: 'B', observer: 'Obs' } as const

/** Seconds each page of a large room's groups stays up before the next one. */
const PAGE_SECONDS = 12

/**
 * Who works with whom, and in which role, before a paired exercise: group cards sized to be read
 * from the back of the room, at most 40 people a page; more pages take turns on the screen.
 */
export function PairingScreen({ round }: { round: NamedRound }) {
  const now = useSecondNow()
  // Planned once per round, not on each second's redraw.
  const pages = useMemo(
    () =>
      planPairingPages(
        round.groups,
        round.cues.map((cue) => `${tags[cue.role]} ${cue.cue}`),
      ),
    [round],
  )
  const pageIndex = Math.floor(now / 1000 / PAGE_SECONDS) % Math.max(1, pages.length)
  const page = pages[pageIndex]?.groups ?? []
  const layout = pages[pageIndex]?.layout ?? { columns: 1, rows: 1, size: 4 }
  const firstNumber =
    pages.slice(0, pageIndex).reduce((sum, each) => sum + each.groups.length, 0) + 1
  const members = Math.max(1, ...page.map((group) => group.length))
  return (
    <div className="room-screen room-pairing" data-testid="room-pairing">
      <header className="room-header">
        <h1 className="room-exercise-title">{round.exerciseTitle}</h1>
        <p className="room-position">
          {pages.length > 1
            ? `Groups · page ${String(pageIndex + 1)} of ${String(pages.length)}`
            : 'Groups'}
        </p>
      </header>
      {round.cues.length > 0 && (
        <ul className="room-pairing-cues">
          {round.cues.map((cue) => (
            <li key={cue.role}>
              <span className="room-pairing-tag">{tags[cue.role]}</span> {cue.cue}
            </li>
          ))}
        </ul>
      )}
      <ol
        className="room-pairing-groups"
        start={firstNumber}
        style={{
          gridTemplateColumns: `repeat(${String(layout.columns)}, minmax(0, 1fr))`,
          fontSize: `${String(layout.size)}cqh`,
        }}
      >
        {page.map((group, index) => (
          <li
            key={String(firstNumber + index)}
            className="room-pairing-group"
            aria-label={`Group ${String(firstNumber + index)}`}
          >
            <span className="room-pairing-number">{String(firstNumber + index)}</span>
            <ul style={{ gridTemplateColumns: `repeat(${String(members)}, minmax(0, 1fr))` }}>
              {group.map((member) => (
                <li key={member.personId}>
                  <span className="room-pairing-name">{member.name}</span>
                  {member.role !== null && (
                    <span className="room-pairing-tag">{tags[member.role]}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}
