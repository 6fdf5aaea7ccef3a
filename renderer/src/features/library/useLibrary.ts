import { useEffect, useState } from 'react'
import type { LibraryListing } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import { EarlyRead } from '../../lib/early-read'

/** The listing the console's first screen shows; started by the app before React renders. */
export const firstListing = new EarlyRead(
  () => bridge.listLibrary({}),
  (changed) => bridge.on('libraryChanged', changed),
)

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; listing: LibraryListing }
  | { status: 'failed'; message: string }

function stateOf(result: Awaited<ReturnType<typeof bridge.listLibrary>>): LibraryState {
  return result.ok
    ? { status: 'ready', listing: result.value }
    : { status: 'failed', message: result.message }
}

/** The library listing, kept current as files change on disk. */
export function useLibrary(): LibraryState {
  // Drawn at once when the early read is already here (the console waits for it to start).
  const [early] = useState(() => firstListing.peek())
  const [first] = useState<LibraryState>(() =>
    early === undefined ? { status: 'loading' } : stateOf(early),
  )
  const [state, setState] = useState(first)

  useEffect(() => {
    void firstListing.take().then((result) => {
      // The answer drawn first, or one read afresh. A change announced since this window
      // started listening is newer than either.
      if (result !== early) setState((current) => (current === first ? stateOf(result) : current))
    })
    return bridge.on('libraryChanged', (listing) => setState({ status: 'ready', listing }))
  }, [early, first])

  return state
}
