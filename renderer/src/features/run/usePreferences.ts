import { useCallback } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'
import { useKeptCurrent } from '../../lib/useKeptCurrent'

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
  const [preferences, setPreferences] = useKeptCurrent(
    'preferencesChanged',
    () => bridge.getPreferences({}),
    call,
  )
  const update = useCallback(
    (change: Partial<AppPreferences>) =>
      void call(bridge.updatePreferences(change), setPreferences),
    [call, setPreferences],
  )
  const testSound = useCallback(() => void call(bridge.testSound({})), [call])
  return { preferences, notice, dismiss, update, testSound }
}
