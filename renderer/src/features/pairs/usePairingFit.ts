import { useLayoutEffect, useState, type RefObject } from 'react'
import type { NamedMember } from '@common/domain/grouping/round-view'
import { planPairingPages, type PairingFits, type PairingPage } from '@common/room/pairing-fit'
import { refitOnChange } from '../../lib/refit-on-change'

/**
 * Lays out pages of `measure` (a hidden twin of the cards holding every group of the round) and
 * says whether one fits `box`: no card lower than the box, no word of a name wider than its line.
 */
function measureFits(box: HTMLElement, measure: HTMLElement): PairingFits {
  const cards = [...measure.children] as HTMLElement[]
  return (start, end, columns, arrangement, size) => {
    cards.forEach((card, index) => {
      card.style.display = index >= start && index < end ? '' : 'none'
    })
    measure.classList.toggle('is-row', arrangement === 'row')
    measure.style.gridTemplateColumns = `repeat(${String(columns)}, minmax(0, 1fr))`
    measure.style.fontSize = `${String(size)}cqh`
    if (measure.scrollHeight > box.clientHeight + 1) return false
    for (const name of measure.querySelectorAll<HTMLElement>('.room-pairing-name')) {
      if (name.offsetParent === null) continue
      if (name.scrollWidth > name.clientWidth + 1) return false
    }
    return true
  }
}

/**
 * The pages of a round's group cards, refitted whenever the room changes size or the fonts
 * finish loading. Until the first measure, one page at the floor.
 */
export function usePairingFit(
  groups: readonly (readonly NamedMember[])[],
  box: RefObject<HTMLElement | null>,
  measure: RefObject<HTMLElement | null>,
): PairingPage[] {
  // Names and roles, not only counts: a swap or a late arrival changes what must fit.
  const key = JSON.stringify(groups.map((group) => group.map((m) => [m.name, m.role])))
  const [pages, setPages] = useState<{ key: string; pages: PairingPage[] } | null>(null)
  useLayoutEffect(() => {
    const boxElement = box.current
    const measureElement = measure.current
    if (boxElement === null || measureElement === null) return undefined
    const counts = (JSON.parse(key) as unknown[][]).map((group) => group.length)
    return refitOnChange(boxElement, () => {
      // Nothing laid out (a hidden room): keep what was planned.
      if (boxElement.clientHeight === 0) return
      setPages({ key, pages: planPairingPages(counts, measureFits(boxElement, measureElement)) })
    })
  }, [key, box, measure])
  if (pages?.key === key) return pages.pages
  return [
    {
      start: 0,
      end: groups.length,
      columns: Math.min(2, groups.length),
      arrangement: 'stack',
      size: 4,
    },
  ]
}
