import type { BrokenWorkshopFile } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import type { RunAction } from './LibraryScreen'

/** Files in the library folder that could not be read, each with what is wrong with it. */
export function BrokenFileList({ broken, run }: { broken: BrokenWorkshopFile[]; run: RunAction }) {
  if (broken.length === 0) return null
  return (
    <section className="broken" aria-labelledby="broken-title">
      <h2 id="broken-title">
        <span aria-hidden="true">⚠ </span>Files that could not be opened
      </h2>
      <p className="muted">
        These files are left exactly as they are. Fix them in a text editor, or restore the last
        good version.
      </p>
      <ul>
        {broken.map((file) => (
          <li key={file.fileName} className="broken-file">
            <strong className="path">{file.fileName}</strong>
            <pre className="broken-message">{file.message}</pre>
            {file.hasBackup && (
              <button
                type="button"
                onClick={() => run(bridge.restoreBackup({ fileName: file.fileName }))}
              >
                Restore last good version
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
