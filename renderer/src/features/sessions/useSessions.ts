import { useCallback, useEffect, useState } from 'react'
import type { SessionListing } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/** The sessions list, and a way to read it again after a change. */
export function useSessions(): { listing: SessionListing | null; reload: () => void } {
  const [listing, setListing] = useState<SessionListing | null>(null)
  const reload = useCallback(() => {
    void bridge.listSessions({}).then((result) => {
      if (result.ok) setListing(result.value)
    })
  }, [])
  useEffect(reload, [reload])
  return { listing, reload }
}
