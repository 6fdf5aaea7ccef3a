import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { reachHints } from '@common/lan/lan-wording'
import { Notice } from '../../components/Notice'
import { JoinPanel } from './JoinPanel'
import { LanLinks } from './LanLinks'
import { ModerationPanel } from './ModerationPanel'
import { useLanStatus } from './useLanStatus'
import './lan.css'

/** The switch that opens the session to the room's network, its links, and the reach check. */
export function LanPanel() {
  const intl = useIntl()
  const lan = useLanStatus()
  const { status, reach } = lan
  const [port, setPort] = useState('')
  if (status === null) return null
  const portValue = port === '' ? status.port : Number(port)

  return (
    <div className="lan-panel">
      <h2 className="side-panel-title">
        <FormattedMessage id={status.open ? 'console.lan.titleOpen' : 'console.lan.title'} />
      </h2>
      <label className="lan-switch">
        <input
          type="checkbox"
          checked={status.open}
          onChange={(event) => lan.setOpen(event.target.checked, portValue)}
        />{' '}
        <FormattedMessage id="console.lan.switch" />
      </label>
      <label className="lan-port">
        <FormattedMessage id="console.lan.port" />{' '}
        <input
          type="number"
          min={1024}
          max={65535}
          value={port === '' ? String(status.port) : port}
          onChange={(event) => setPort(event.target.value)}
          disabled={status.open}
        />
      </label>
      <Notice message={lan.notice} onDismiss={lan.dismiss} />
      {status.problem !== null && (
        <p className="notice notice-error" role="alert">
          {status.problem}
        </p>
      )}
      {!status.open && (
        <p className="muted">
          <FormattedMessage id="console.lan.off" />
        </p>
      )}
      {status.open && (
        <>
          {status.join !== null && <JoinPanel join={status.join} onShow={lan.showJoinOnRoom} />}
          <LanLinks links={status.links} />
          <div className="toolbar">
            <button type="button" onClick={lan.checkReach}>
              <FormattedMessage id="console.lan.checkReach" />
            </button>
            <button type="button" onClick={lan.renewLinks}>
              <FormattedMessage id="console.lan.renew" />
            </button>
          </div>
          {reach !== null && (
            <ul className="lan-reach" aria-label={intl.formatMessage({ id: 'console.lan.reach' })}>
              {reach.map((r) => (
                <li key={r.address}>
                  {r.reached ? '✓' : '✗'} {r.address}: {r.message}
                </li>
              ))}
            </ul>
          )}
          <ModerationPanel status={status} lan={lan} />
          <details className="lan-hints">
            <summary>
              <FormattedMessage id="console.lan.hints" />
            </summary>
            <ul>
              {reachHints.map((hint) => (
                <li key={hint}>
                  <FormattedMessage id={hint} />
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  )
}
