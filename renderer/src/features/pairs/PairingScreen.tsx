import { useMemo, useRef } from 'react'
import type { NamedRound } from '@common/domain/grouping/round-view'
import { useSecondNow } from '../../lib/useFrameNow'
import { FormattedMessage } from 'react-intl'
import { GroupCards, RoleTag } from './GroupCards'
import { usePairingFit } from './usePairingFit'
import './pairing-screen.css'

// Spaces and signs between words are no words: the lint rule for words sees only literals.
const SPACE = ' '

/** Seconds each page of a large room's groups stays up before the next one. */
const PAGE_SECONDS = 15

/**
 * Who works with whom, and in which role, before a paired exercise: numbered group cards set as
 * large as the room allows with every name whole; only when even the readable floor cannot hold
 * them all do pages take turns on the screen.
 */
export function PairingScreen({ round }: { round: NamedRound }) {
  const now = useSecondNow()
  const box = useRef<HTMLDivElement>(null)
  const measure = useRef<HTMLOListElement>(null)
  const pages = usePairingFit(round.groups, box, measure)
  const pageIndex = Math.floor(now / 1000 / PAGE_SECONDS) % Math.max(1, pages.length)
  const page = pages[pageIndex] ?? {
    start: 0,
    end: round.groups.length,
    columns: 1,
    arrangement: 'stack',
    size: 4,
  }
  const shown = useMemo(
    () => round.groups.slice(page.start, page.end),
    [round.groups, page.start, page.end],
  )
  return (
    <div className="room-screen room-pairing" data-testid="room-pairing">
      <header className="room-header">
        <h1 className="room-exercise-title">{round.exerciseTitle}</h1>
        <p className="room-position">
          {pages.length > 1 ? (
            <FormattedMessage
              id="room.pairing.groupsPage"
              values={{ page: pageIndex + 1, pages: pages.length }}
            />
          ) : (
            <FormattedMessage id="room.pairing.groups" />
          )}
        </p>
      </header>
      {round.cues.length > 0 && (
        <ul className="room-pairing-cues">
          {round.cues.map((cue) => (
            <li key={cue.role}>
              <span className="room-pairing-tag">
                <RoleTag role={cue.role} />
              </span>
              {SPACE}
              {cue.cue}
            </li>
          ))}
        </ul>
      )}
      <div className="room-pairing-box" ref={box}>
        <GroupCards
          groups={shown}
          firstNumber={page.start + 1}
          columns={page.columns}
          arrangement={page.arrangement}
          size={page.size}
        />
        <div className="room-pairing-measure" aria-hidden="true">
          <GroupCards
            ref={measure}
            groups={round.groups}
            firstNumber={1}
            columns={page.columns}
            arrangement={page.arrangement}
            size={page.size}
          />
        </div>
      </div>
    </div>
  )
}
