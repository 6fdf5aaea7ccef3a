import { useCallback, useEffect, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * The app's preferences, kept current with every window's changes. `update` applies a change;
 * when it applies but could not be saved (a full disk), the notice says why.
 */
export function usePreferences(): {
  preferences: AppPreferences | null
  notice: NoticeMessage | null
  dismiss: () => void
  update: (change: Partial<AppPreferences>) => void
  testSound: () => void
} {
  const { notice, dismiss, call } = useCallNotice()
  const [preferences, setPreferences] = useState<AppPreferences | null>(null)
  useEffect(() => {
    const stop = bridge.on('preferencesChanged', setPreferences)
    // A change announced meanwhile is newer than this answer.
    void call(bridge.getPreferences({}), (read) => setPreferences((current) => current ?? read))
    return stop
  }, [call])
  const update = useCallback(
    (change: Partial<AppPreferences>) =>
      void call(bridge.updatePreferences(change), setPreferences),
    [call],
  )
  const testSound = useCallback(() => void call(bridge.testSound({})), [call])
  return { preferences, notice, dismiss, update, testSound }
}
