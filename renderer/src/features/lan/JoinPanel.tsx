import type { LanJoin } from '@common/lan/lan-status'
import { CopyButton } from './CopyButton'

/** The short address participants type, and the switch that puts how to join on the room. */
export function JoinPanel({ join, onShow }: { join: LanJoin; onShow: (on: boolean) => void }) {
  const first = join.addresses[0] ?? ''
  return (
    <section className="lan-join" aria-labelledby="lan-join-title">
      <h3 id="lan-join-title">Participants join from their phones</h3>
      <p className="lan-join-address" data-testid="lan-join-address">
        {first}
      </p>
      {join.addresses.length > 1 && (
        <p className="muted">On another network here: {join.addresses.slice(1).join(' · ')}</p>
      )}
      {!join.working && (
        <p className="notice notice-error" role="alert">
          Too many wrong codes were typed, so the short code is off. The QR code still works; New
          links makes a new code.
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          aria-pressed={join.shownOnRoom}
          onClick={() => onShow(!join.shownOnRoom)}
        >
          {join.shownOnRoom ? 'Take the join code off the room' : 'Show the join code on the room'}
        </button>
        <CopyButton text={`http://${first}`} what="short address" />
      </div>
    </section>
  )
}
