import { useEffect, useId, useState } from 'react'
import type { WorkshopSummary } from '@common/api/contract'
import type { AgendaItem } from '@common/domain/workshop/schema'
import { bridge } from '../../lib/bridge'
import { useEditor } from './editor-context'

interface CopyExercisesProps {
  /** Where a copied item goes: right after the selected item, or at the end. */
  insertAt: number
}

/** Copies an exercise or break in from another workshop, the built-in one included. */
export function CopyExercises({ insertAt }: CopyExercisesProps) {
  const { edit } = useEditor()
  const id = useId()
  const [workshops, setWorkshops] = useState<WorkshopSummary[]>([])
  const [source, setSource] = useState('')
  const [items, setItems] = useState<AgendaItem[]>([])
  const [itemId, setItemId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)

  useEffect(() => {
    void bridge.listLibrary({}).then((result) => {
      if (result.ok) setWorkshops(result.value.workshops)
      else setError(result.message)
    })
  }, [])

  const pickWorkshop = (key: string) => {
    setSource(key)
    setItems([])
    setItemId('')
    const summary = workshops.find((w) => JSON.stringify(w.ref) === key)
    if (summary === undefined) return
    void bridge.openWorkshop({ ref: summary.ref }).then((result) => {
      if (!result.ok) {
        setError(result.message)
        return
      }
      setError(null)
      setItems(result.value.workshop.exercises)
      setItemId(result.value.workshop.exercises[0]?.id ?? '')
    })
  }

  const copy = () => {
    const item = items.find((candidate) => candidate.id === itemId)
    if (item === undefined) return
    edit({ type: 'copyItemIn', item, at: insertAt })
    setCopied(`Copied “${item.title}” into the agenda.`)
  }

  return (
    <section className="ed-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Copy exercises from…</h2>
      <div className="ed-field">
        <label htmlFor={`${id}-workshop`}>From workshop</label>
        <select
          id={`${id}-workshop`}
          value={source}
          onChange={(event) => pickWorkshop(event.target.value)}
        >
          <option value="">Choose a workshop</option>
          {workshops.map((w) => (
            <option key={JSON.stringify(w.ref)} value={JSON.stringify(w.ref)}>
              {w.title}
              {w.readOnly ? ' (built-in)' : ''}
            </option>
          ))}
        </select>
      </div>
      {items.length > 0 && (
        <>
          <div className="ed-field">
            <label htmlFor={`${id}-item`}>Exercise to copy</label>
            <select
              id={`${id}-item`}
              value={itemId}
              onChange={(event) => setItemId(event.target.value)}
            >
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.kind === 'break' ? `Break: ${item.title}` : item.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={copy}>
            Copy in after the selected item
          </button>
        </>
      )}
      <p role="status" className="ed-hint">
        {copied}
      </p>
      {error !== null && (
        <p className="ed-field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
