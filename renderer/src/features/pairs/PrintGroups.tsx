import { useState } from 'react'
import { bridge } from '../../lib/bridge'
import type { RosterCall } from './useRoster'

const prints = [
  { kind: 'rotation', label: 'Rotation table' },
  { kind: 'cards', label: 'Name cards' },
  { kind: 'namedPacks', label: 'Named packs' },
] as const

/** Prints the roster's rotation table, name cards, or every participant's pack with their name. */
export function PrintGroups({ call }: { call: RosterCall }) {
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4')
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <div className="pairs-inline" role="group" aria-label="Print the groups">
      <label>
        Paper{' '}
        <select value={paper} onChange={(event) => setPaper(event.target.value as 'a4' | 'letter')}>
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
        </select>
      </label>
      {prints.map((print) => (
        <button
          key={print.kind}
          type="button"
          onClick={() => {
            setSaved(null)
            void call(async () => {
              const result = await bridge.exportGroups({ kind: print.kind, paper, openAfter: true })
              if (result.ok) setSaved(`${print.label} saved to ${result.value.path}`)
              // Closing the save dialog is a choice, not a failure to report.
              return !result.ok && result.code === 'cancelled' ? { ok: true, value: null } : result
            })
          }}
        >
          {print.label}
        </button>
      ))}
      {saved !== null && (
        <p className="pairs-hint" role="status">
          {saved}
        </p>
      )}
    </div>
  )
}
