import { useState } from 'react'
import type { LanReach } from '@common/lan/lan-status'
import { reachHints } from '@common/lan/lan-wording'
import { bridge } from '../../lib/bridge'
import { LanLinks } from './LanLinks'
import { ModerationPanel } from './ModerationPanel'
import { useLanStatus } from './useLanStatus'
import './lan.css'

/** The switch that opens the session to the room's network, its links, and the reach check. */
export function LanPanel() {
  const { status, failure, apply } = useLanStatus()
  const [port, setPort] = useState('')
  const [reach, setReach] = useState<LanReach[] | string | null>(null)
  if (status === null) return null
  const portValue = port === '' ? status.port : Number(port)
  const checkReach = () => {
    setReach(null)
    void bridge
      .checkLanReach({})
      .then((result) => setReach(result.ok ? result.value : result.message))
  }

  return (
    <details className="run-settings lan-panel">
      <summary>Room’s network{status.open ? ' · open' : ''}</summary>
      <label className="lan-switch">
        <input
          type="checkbox"
          checked={status.open}
          onChange={(event) => {
            setReach(null)
            apply(bridge.setLanOpen({ open: event.target.checked, port: portValue }))
          }}
        />{' '}
        Open this session to the room’s network
      </label>
      <label className="lan-port">
        Port{' '}
        <input
          type="number"
          min={1024}
          max={65535}
          value={port === '' ? String(status.port) : port}
          onChange={(event) => setPort(event.target.value)}
          disabled={status.open}
        />
      </label>
      {failure !== null && <p className="notice notice-error">{failure}</p>}
      {status.problem !== null && (
        <p className="notice notice-error" role="alert">
          {status.problem}
        </p>
      )}
      {!status.open && (
        <p className="muted">
          Off: nothing is served and no device in the room can reach this session.
        </p>
      )}
      {status.open && (
        <>
          <LanLinks links={status.links} />
          <div className="toolbar">
            <button type="button" onClick={checkReach}>
              Check it can be reached
            </button>
            <button type="button" onClick={() => apply(bridge.renewLanLinks({}))}>
              New links (the old ones stop working)
            </button>
          </div>
          {typeof reach === 'string' && <p className="notice notice-error">{reach}</p>}
          {Array.isArray(reach) && (
            <ul className="lan-reach" aria-label="Reach check">
              {reach.map((r) => (
                <li key={r.address}>
                  {r.reached ? '✓' : '✗'} {r.address}: {r.message}
                </li>
              ))}
            </ul>
          )}
          <ModerationPanel status={status} apply={apply} />
          <details className="lan-hints">
            <summary>A phone cannot open a link?</summary>
            <ul>
              {reachHints.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </details>
  )
}
