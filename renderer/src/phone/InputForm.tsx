import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { ParticipantMessage } from './useLiveChannel'
import { describeSendProblem, SentAnswer, type Answer } from './SentAnswer'

// Spaces and signs between words are no words: the lint rule for words sees only literals.
const SPACE = ' '

/** A question or a note for the facilitator; anonymous unless the person gives a name. */
export function InputForm({
  submit,
}: {
  submit: (message: ParticipantMessage) => Promise<string | null>
}) {
  const intl = useIntl()
  const [kind, setKind] = useState<'question' | 'note'>('question')
  const [name, setName] = useState('')
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [sending, setSending] = useState(false)
  return (
    <form
      className="participant-form"
      aria-label={intl.formatMessage({ id: 'phone.input.title' })}
      onSubmit={(event) => {
        event.preventDefault()
        setSending(true)
        void submit({ type: 'input', kind, name: name.trim() === '' ? null : name, text }).then(
          (problem) => {
            setSending(false)
            if (problem === null) {
              setText('')
              setAnswer({ ok: true, text: intl.formatMessage({ id: 'phone.input.sent' }) })
            } else setAnswer({ ok: false, text: describeSendProblem(intl, problem) })
          },
        )
      }}
    >
      <h2>
        <FormattedMessage id="phone.input.title" />
      </h2>
      <fieldset>
        <legend>
          <FormattedMessage id="phone.input.kind" />
        </legend>
        <label>
          <input type="radio" checked={kind === 'question'} onChange={() => setKind('question')} />
          {SPACE}
          <FormattedMessage id="phone.input.question" />
        </label>
        <label>
          <input type="radio" checked={kind === 'note'} onChange={() => setKind('note')} />
          {SPACE}
          <FormattedMessage id="phone.input.note" />
        </label>
      </fieldset>
      <label htmlFor="participant-text">
        <FormattedMessage id="phone.input.yours" values={{ kind }} />
      </label>
      <textarea
        id="participant-text"
        rows={3}
        maxLength={500}
        value={text}
        required
        onChange={(event) => setText(event.target.value)}
      />
      <label htmlFor="participant-name">
        <FormattedMessage id="phone.input.name" />
      </label>
      <input
        id="participant-name"
        maxLength={60}
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button-primary" disabled={sending || text.trim() === ''}>
        <FormattedMessage id="phone.input.send" />
      </button>
      <SentAnswer answer={answer} />
    </form>
  )
}
