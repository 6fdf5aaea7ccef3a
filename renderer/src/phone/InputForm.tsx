import { useState } from 'react'
import type { ParticipantMessage } from './useLiveChannel'
import { SentAnswer, type Answer } from './SentAnswer'

/** A question or a note for the facilitator; anonymous unless the person gives a name. */
export function InputForm({
  submit,
}: {
  submit: (message: ParticipantMessage) => Promise<string | null>
}) {
  const [kind, setKind] = useState<'question' | 'note'>('question')
  const [name, setName] = useState('')
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [sending, setSending] = useState(false)
  return (
    <form
      className="participant-form"
      aria-label="Send a question or a note"
      onSubmit={(event) => {
        event.preventDefault()
        setSending(true)
        void submit({ type: 'input', kind, name: name.trim() === '' ? null : name, text }).then(
          (problem) => {
            setSending(false)
            if (problem === null) {
              setText('')
              setAnswer({ ok: true, text: 'Sent. The facilitator will see it.' })
            } else setAnswer({ ok: false, text: problem })
          },
        )
      }}
    >
      <h2>Send a question or a note</h2>
      <fieldset>
        <legend>It is a</legend>
        <label>
          <input type="radio" checked={kind === 'question'} onChange={() => setKind('question')} />{' '}
          Question
        </label>
        <label>
          <input type="radio" checked={kind === 'note'} onChange={() => setKind('note')} /> Note
        </label>
      </fieldset>
      <label htmlFor="participant-text">Your {kind}</label>
      <textarea
        id="participant-text"
        rows={3}
        maxLength={500}
        value={text}
        required
        onChange={(event) => setText(event.target.value)}
      />
      <label htmlFor="participant-name">Your name (leave empty to stay anonymous)</label>
      <input
        id="participant-name"
        maxLength={60}
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button-primary" disabled={sending || text.trim() === ''}>
        Send
      </button>
      <SentAnswer answer={answer} />
    </form>
  )
}
