import { useEffect, useState } from 'react'
import { isFreshFlash } from '@common/room/room-wording'

/** How long the room shows an attention flash. */
const FLASH_SHOWN_MS = 2400

/**
 * True for a moment after the facilitator asks the room to flash. Only a fresh request flashes:
 * a room opened or reloaded later shows nothing for an old one.
 */
export function useFlash(flashAt: number | null): boolean {
  const [flashing, setFlashing] = useState<number | null>(null)
  useEffect(() => {
    if (flashAt === null || !isFreshFlash(flashAt, Date.now())) return undefined
    const show = setTimeout(() => setFlashing(flashAt), 0)
    const hide = setTimeout(() => setFlashing(null), FLASH_SHOWN_MS)
    return () => {
      clearTimeout(show)
      clearTimeout(hide)
    }
  }, [flashAt])
  return flashing !== null && flashing === flashAt
}
