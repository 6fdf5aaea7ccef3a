import { useCallback, useEffect, useState } from 'react'
import type { LibraryListing } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; listing: LibraryListing }
  | { status: 'failed'; message: string }

/** The library listing, kept current as files change on disk. */
export function useLibrary(): { state: LibraryState; reload: () => void } {
  const [state, setState] = useState<LibraryState>({ status: 'loading' })

  const reload = useCallback(() => {
    void bridge.listLibrary({}).then((result) => {
      setState(
        result.ok
          ? { status: 'ready', listing: result.value }
          : { status: 'failed', message: result.message },
      )
    })
  }, [])

  useEffect(() => {
    reload()
    return bridge.on('libraryChanged', (listing) => setState({ status: 'ready', listing }))
  }, [reload])

  return { state, reload }
}
