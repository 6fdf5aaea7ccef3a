import { firstListing } from '../features/library/useLibrary'
import { firstRoomView } from '../features/room/useRoomView'
import { firstRun } from '../features/run/useRun'
import { readView } from './useViewFromHash'

/** Asks for what this window's first screen shows, before React starts. */
export function startFirstReads(): void {
  firstRun.start()
  if (readView() === 'console') firstListing.start()
  else firstRoomView.start()
}
