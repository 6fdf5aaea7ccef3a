/** The problems of one field, read out with it through aria-describedby. */
export function FieldMessage({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null
  return (
    <span id={id} className="ed-field-error">
      {messages.join('; ')}
    </span>
  )
}
