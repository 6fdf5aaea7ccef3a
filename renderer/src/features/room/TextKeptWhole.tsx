import { markHyphenatedWords } from '@common/room/prompt-fit'

/**
 * Text whose hyphenated words ("François-Xavier", "read-outs") are never broken at the hyphen,
 * so no line on the room starts "-Xavier"; lines break only between words.
 */
export function TextKeptWhole({ text }: { text: string }) {
  return markHyphenatedWords(text).map((run, at) =>
    run.whole ? (
      <span key={String(at)} className="room-nowrap">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  )
}
