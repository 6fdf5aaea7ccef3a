import { FormattedMessage, useIntl } from 'react-intl'
import type { LanJoin } from '@common/lan/lan-status'
import { CopyButton } from './CopyButton'

/** The short address participants type, and the switch that puts how to join on the room. */
export function JoinPanel({ join, onShow }: { join: LanJoin; onShow: (on: boolean) => void }) {
  const intl = useIntl()
  const first = join.addresses[0] ?? ''
  return (
    <section className="lan-join" aria-labelledby="lan-join-title">
      <h3 id="lan-join-title">
        <FormattedMessage id="console.lan.join.title" />
      </h3>
      <p className="lan-join-address" data-testid="lan-join-address">
        {first}
      </p>
      {join.addresses.length > 1 && (
        <p className="muted">
          <FormattedMessage
            id="console.lan.join.otherNetworks"
            values={{ addresses: join.addresses.slice(1).join(' · ') }}
          />
        </p>
      )}
      {!join.working && (
        <p className="notice notice-error" role="alert">
          <FormattedMessage id="console.lan.join.codeOff" />
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          aria-pressed={join.shownOnRoom}
          onClick={() => onShow(!join.shownOnRoom)}
        >
          <FormattedMessage
            id={join.shownOnRoom ? 'console.lan.join.hide' : 'console.lan.join.show'}
          />
        </button>
        <CopyButton
          text={`http://${first}`}
          what={intl.formatMessage({ id: 'console.lan.join.shortAddress' })}
        />
      </div>
    </section>
  )
}
