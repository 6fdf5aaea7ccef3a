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

/** The library listing, kept current as files change on disk. */
export function useLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading' })

  useEffect(() => {
    void firstListing.take().then((result) => {
      // A change announced meanwhile is newer than this answer.
      setState((current) => {
        if (current.status !== 'loading') return current
        return result.ok
          ? { status: 'ready', listing: result.value }
          : { status: 'failed', message: result.message }
      })
    })
    return bridge.on('libraryChanged', (listing) => setState({ status: 'ready', listing }))
  }, [])

  return state
}
