import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'

interface NewVote {
  question: string
  options: string[]
  mode: 'one' | 'dots'
  dots: number
}

/** A vote to open: the question, one option per line, and one choice or a number of dots each. */
export function VoteForm({
  onOpen,
  onCancel,
}: {
  onOpen: (vote: NewVote) => void
  onCancel: () => void
}) {
  const intl = useIntl()
  const [question, setQuestion] = useState('')
  const [options, setOptions] = useState('')
  const [mode, setMode] = useState<'one' | 'dots'>('dots')
  const [dots, setDots] = useState(3)
  const lines = options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return (
    <form
      className="lan-vote-form"
      onSubmit={(event) => {
        event.preventDefault()
        onOpen({ question, options: lines, mode, dots })
      }}
    >
      <label>
        <FormattedMessage id="console.lan.vote.question" />{' '}
        <input value={question} onChange={(e) => setQuestion(e.target.value)} required />
      </label>
      <label>
        <FormattedMessage id="console.lan.vote.options" />
        <textarea rows={4} value={options} onChange={(e) => setOptions(e.target.value)} required />
      </label>
      <fieldset>
        <legend>
          <FormattedMessage id="console.lan.vote.how" />
        </legend>
        <label>
          <input type="radio" checked={mode === 'one'} onChange={() => setMode('one')} />{' '}
          <FormattedMessage id="console.lan.vote.one" />
        </label>
        <label>
          <input type="radio" checked={mode === 'dots'} onChange={() => setMode('dots')} />{' '}
          <FormattedMessage
            id="console.lan.vote.dots"
            values={{
              count: (
                <input
                  type="number"
                  min={1}
                  max={10}
                  value={dots}
                  aria-label={intl.formatMessage({ id: 'console.lan.vote.dotsPerPerson' })}
                  onChange={(e) => setDots(Number(e.target.value))}
                  disabled={mode !== 'dots'}
                />
              ),
            }}
          />
        </label>
      </fieldset>
      <div className="toolbar">
        <button type="submit" className="button-primary" disabled={lines.length < 2}>
          <FormattedMessage id="console.lan.vote.open" />
        </button>
        <button type="button" onClick={onCancel}>
          <FormattedMessage id="console.lan.vote.cancel" />
        </button>
      </div>
    </form>
  )
}
