/** What a phone heard back about what it sent. */
export interface Answer {
  ok: boolean
  text: string
}

/** The answer to the last thing sent from a form, announced to screen readers. */
export function SentAnswer({ answer }: { answer: Answer | null }) {
  if (answer === null) return null
  return (
    <p className={answer.ok ? 'phone-notice' : 'phone-notice notice-error'} role="status">
      {answer.text}
    </p>
  )
}
