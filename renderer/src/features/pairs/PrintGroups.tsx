import { useState } from 'react'
import type { GroupsPrint, Roster } from './useRoster'

const prints: GroupsPrint[] = [
  { kind: 'rotation', label: 'Rotation table' },
  { kind: 'cards', label: 'Name cards' },
  { kind: 'namedPacks', label: 'Named packs' },
]

/** Prints the roster's rotation table, name cards, or every participant's pack with their name. */
export function PrintGroups({ roster }: { roster: Pick<Roster, 'print' | 'printed'> }) {
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4')
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
        <button key={print.kind} type="button" onClick={() => roster.print(print, paper)}>
          {print.label}
        </button>
      ))}
      {roster.printed !== null && (
        <p className="pairs-hint" role="status">
          {roster.printed}
        </p>
      )}
    </div>
  )
}
