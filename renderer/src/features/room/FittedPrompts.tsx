import { useEffect, useRef } from 'react'
import { useIntl } from 'react-intl'
import { TextKeptWhole } from './TextKeptWhole'
import { usePromptFit } from './usePromptFit'

/**
 * A phase's prompts at the largest size that fits the space left for them; past the readable
 * floor, as much as fits and a mark that the rest is on the worksheet. `onFit` hears whether
 * text was left out, for the editor's warning.
 */
export function FittedPrompts({
  prompts,
  variant = 'list',
  onFit,
}: {
  prompts: readonly string[]
  variant?: 'list' | 'text'
  onFit?: (continued: boolean) => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const measure = useRef<HTMLDivElement>(null)
  const listClass = `room-prompts room-prompts-${variant}`
  // Measured in the words the room shows: in German the mark takes more room than in English.
  const continuedText = useIntl().formatMessage({ id: 'room.prompts.continued' })
  const fit = usePromptFit(prompts, box, measure, listClass, continuedText)
  useEffect(() => {
    onFit?.(fit.continued)
  }, [fit.continued, onFit])
  return (
    <div className="room-prompt-box" ref={box} data-testid="room-prompt-box">
      <ul className={listClass} style={{ fontSize: `${String(fit.size)}cqh` }}>
        {fit.prompts.map((prompt, index) => (
          <li key={`${String(index)}-${prompt}`}>
            <TextKeptWhole text={prompt} />
          </li>
        ))}
      </ul>
      {fit.continued && <p className="room-continued">{continuedText}</p>}
      <div className="room-prompt-measure" ref={measure} aria-hidden="true" />
    </div>
  )
}
