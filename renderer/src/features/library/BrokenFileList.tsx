import { FormattedMessage } from 'react-intl'
import type { BrokenWorkshopFile } from '@common/api/contract'

/** Files in the library folder that could not be read, each with what is wrong with it. */
export function BrokenFileList({
  broken,
  onRestore,
}: {
  broken: BrokenWorkshopFile[]
  onRestore: (fileName: string) => void
}) {
  if (broken.length === 0) return null
  return (
    <section className="broken" aria-labelledby="broken-title">
      <h2 id="broken-title">
        <svg
          className="broken-icon"
          viewBox="0 0 16 16"
          width="0.9em"
          height="0.9em"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M8 1.8 15 14H1zM8 6v4M8 11.8v.4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        </svg>{' '}
        <FormattedMessage id="library.broken.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="library.broken.hint" />
      </p>
      <ul>
        {broken.map((file) => (
          <li key={file.fileName} className="broken-file">
            <strong className="path">{file.fileName}</strong>
            {/* A sentence about the whole file reads as text; field-by-field lines keep their columns. */}
            {file.wholeFile ? (
              <p className="broken-sentence">{file.message}</p>
            ) : (
              <pre className="broken-message">{file.message}</pre>
            )}
            {file.hasBackup && (
              <button type="button" onClick={() => onRestore(file.fileName)}>
                <FormattedMessage id="library.broken.restore" />
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
