import { useState } from 'react'

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
        Question <input value={question} onChange={(e) => setQuestion(e.target.value)} required />
      </label>
      <label>
        Options, one per line
        <textarea rows={4} value={options} onChange={(e) => setOptions(e.target.value)} required />
      </label>
      <fieldset>
        <legend>How people vote</legend>
        <label>
          <input type="radio" checked={mode === 'one'} onChange={() => setMode('one')} /> One choice
        </label>
        <label>
          <input type="radio" checked={mode === 'dots'} onChange={() => setMode('dots')} /> Dots:{' '}
          <input
            type="number"
            min={1}
            max={10}
            value={dots}
            aria-label="Dots per person"
            onChange={(e) => setDots(Number(e.target.value))}
            disabled={mode !== 'dots'}
          />{' '}
          each
        </label>
      </fieldset>
      <div className="toolbar">
        <button type="submit" className="button-primary" disabled={lines.length < 2}>
          Open the vote
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
