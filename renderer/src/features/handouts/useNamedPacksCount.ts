import { useEffect, useState } from 'react'
import type { IntlShape } from 'react-intl'
import type { NamedPacksCount } from '@common/handouts/groups/named-packs'
import { bridge } from '../../lib/bridge'
import { useLatestOnly } from '../../lib/useLatestOnly'

/**
 * What the running session's named packs come to on `paper`, double-sided, asked again whenever
 * the roster changes; null until known, or when the count could not be made (the panel then
 * simply says nothing about it).
 */
export function useNamedPacksCount(
  paper: 'a4' | 'letter',
  largePrint: boolean,
): NamedPacksCount | null {
  const [count, setCount] = useState<NamedPacksCount | null>(null)
  const latestOnly = useLatestOnly()
  useEffect(() => {
    const ask = () =>
      latestOnly(bridge.countNamedPacks({ paper, largePrint }), (answer) =>
        setCount(answer.ok ? answer.value : null),
      )
    ask()
    return bridge.on('rosterChanged', ask)
  }, [paper, largePrint, latestOnly])
  return count
}

/** "14 packs · 434 pages · 217 sheets double-sided", or null when there are no packs. */
export function describeNamedPacksCount(
  count: NamedPacksCount | null,
  intl: Pick<IntlShape, 'formatMessage'>,
): string | null {
  if (count === null || count.packs === 0) return null
  return intl.formatMessage(
    { id: 'handouts.namedPacks.count' },
    {
      packs: count.packs,
      pages: count.pages,
      sheets: count.sheets,
      duplex: count.duplex ? 'yes' : 'no',
    },
  )
}
