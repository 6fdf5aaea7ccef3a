import { useState } from 'react'

/** Copies `text` to the clipboard, and says so (or says it could not). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [said, setSaid] = useState<string | null>(null)
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setSaid('Copied'),
      () => setSaid('Could not copy: select the link and copy it by hand'),
    )
  }
  return (
    <span className="lan-copy">
      <button type="button" onClick={copy} aria-label={`Copy (${what})`}>
        Copy
      </button>{' '}
      <span role="status">{said}</span>
    </span>
  )
}
