import { useId, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { Notice } from '../../components/Notice'
import { useEditor } from './editor-context'
import { useCopySource } from './useCopySource'

interface CopyExercisesProps {
  /** Where a copied item goes: right after the selected item, or at the end. */
  insertAt: number
}

/** Copies an exercise or break in from another workshop, the built-in one included. */
export function CopyExercises({ insertAt }: CopyExercisesProps) {
  const { edit } = useEditor()
  const intl = useIntl()
  const id = useId()
  const { workshops, items, notice, dismiss, choose } = useCopySource()
  const [source, setSource] = useState('')
  const [chosenId, setItemId] = useState('')
  const [copied, setCopied] = useState<string | null>(null)
  // Until one is chosen, the first item of the workshop read is the one to copy.
  const itemId = items.some((item) => item.id === chosenId) ? chosenId : (items[0]?.id ?? '')

  const pickWorkshop = (key: string) => {
    setSource(key)
    setItemId('')
    choose(workshops.find((w) => JSON.stringify(w.ref) === key)?.ref ?? null)
  }

  const copy = () => {
    const item = items.find((candidate) => candidate.id === itemId)
    if (item === undefined) return
    edit({ type: 'copyItemIn', item, at: insertAt })
    setCopied(intl.formatMessage({ id: 'editor.copy.copied' }, { title: item.title }))
  }

  return (
    <section className="ed-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage id="editor.copy.title" />
      </h2>
      <div className="ed-field">
        <label htmlFor={`${id}-workshop`}>
          <FormattedMessage id="editor.copy.fromWorkshop" />
        </label>
        <select
          id={`${id}-workshop`}
          value={source}
          onChange={(event) => pickWorkshop(event.target.value)}
        >
          <option value="">{intl.formatMessage({ id: 'editor.copy.choose' })}</option>
          {workshops.map((w) => (
            <option key={JSON.stringify(w.ref)} value={JSON.stringify(w.ref)}>
              {w.readOnly
                ? intl.formatMessage({ id: 'editor.copy.builtIn' }, { title: w.title })
                : w.title}
            </option>
          ))}
        </select>
      </div>
      {items.length > 0 && (
        <>
          <div className="ed-field">
            <label htmlFor={`${id}-item`}>
              <FormattedMessage id="editor.copy.item" />
            </label>
            <select
              id={`${id}-item`}
              value={itemId}
              onChange={(event) => setItemId(event.target.value)}
            >
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.kind === 'break'
                    ? intl.formatMessage({ id: 'editor.copy.breakItem' }, { title: item.title })
                    : item.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={copy}>
            <FormattedMessage id="editor.copy.copy" />
          </button>
        </>
      )}
      <p role="status" className="ed-hint">
        {copied}
      </p>
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
