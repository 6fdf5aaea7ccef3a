import fc from 'fast-check'
import { planPairingPages, splitPages } from '@common/room/pairing-fit'
import { PROMPT_SIZE } from '@common/room/prompt-fit'

describe('the pairing screen’s pages', () => {
  it('splits groups into runs with people as even as whole groups allow, never splitting one', () => {
    expect(splitPages([2, 2, 2, 2, 2, 2, 2], 2)).toEqual([
      [0, 3],
      [3, 7],
    ])
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (sizes, wanted) => {
          const count = Math.min(wanted, sizes.length)
          const pages = splitPages(sizes, count)
          expect(pages).toHaveLength(count)
          expect(pages[0]?.[0]).toBe(0)
          expect(pages.at(-1)?.[1]).toBe(sizes.length)
          pages.forEach(([start, end], index) => {
            expect(end).toBeGreaterThan(start)
            if (index > 0) expect(start).toBe(pages[index - 1]?.[1])
          })
          // No page holds more than its share plus one group's worth.
          const total = sizes.reduce((a, b) => a + b, 0)
          for (const [start, end] of pages) {
            const people = sizes.slice(start, end).reduce((a, b) => a + b, 0)
            expect(people).toBeLessThanOrEqual(total / count + Math.max(...sizes))
          }
        },
      ),
      { seed: 25, numRuns: 300 },
    )
  })

  it('keeps everyone on one page when the room can hold them at the readable floor', () => {
    // A room that holds 24 people at the floor, fewer as type grows.
    const fits = (start: number, end: number, columns: number, _: string, size: number) =>
      (end - start) * 2 * size <= 24 * PROMPT_SIZE.floor && columns <= 3
    const pages = planPairingPages(Array<number>(10).fill(2), fits)
    expect(pages).toHaveLength(1)
    expect(pages[0]?.size).toBeGreaterThanOrEqual(PROMPT_SIZE.floor)
    expect(pages[0]?.size).toBeGreaterThan(4.7)
  })

  it('takes more pages only when the floor cannot hold everyone, and sets each as large as it fits', () => {
    const fits = (start: number, end: number, _columns: number, _: string, size: number) =>
      (end - start) * 2 * size <= 24 * PROMPT_SIZE.floor
    const pages = planPairingPages(Array<number>(20).fill(2), fits)
    expect(pages).toHaveLength(2)
    expect(pages.map((page) => [page.start, page.end])).toEqual([
      [0, 10],
      [10, 20],
    ])
    for (const page of pages) expect(page.size).toBeGreaterThanOrEqual(PROMPT_SIZE.floor)
  })

  it('gives each group a page of its own when not even one fits', () => {
    const pages = planPairingPages([2, 3], () => false)
    expect(pages.map((page) => [page.start, page.end])).toEqual([
      [0, 1],
      [1, 2],
    ])
  })
})
