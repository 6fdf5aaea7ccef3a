import type { PageMarks } from '@common/handouts/page-marks'
import { findRunOns } from '@common/handouts/run-sheet'

/**
 * Marks as a printing left them: for exercise 0, each row's start page and, per column, the
 * page its end landed on (one page for every column unless given).
 */
function marksOf(rows: readonly { start: number; end?: number }[]): PageMarks {
  const pages = new Map<string, number>()
  rows.forEach((row, index) => {
    pages.set(`run-sheet-0-row-${String(index)}`, row.start)
    for (const column of [0, 1, 2]) {
      pages.set(`run-sheet-0-row-${String(index)}-end-${String(column)}`, row.end ?? row.start)
    }
  })
  return {
    mark: () => ({ text: '' }),
    placeOf: (key) => {
      const page = pages.get(key)
      return page === undefined ? undefined : { page }
    },
  }
}

describe('where a run-sheet table runs onto a new page', () => {
  it('finds the first row that opens a page after the one before it ended', () => {
    const marks = marksOf([{ start: 5 }, { start: 3 }, { start: 3 }, { start: 3 }, { start: 4 }])
    expect(findRunOns(1, marks, [])).toEqual([[{ row: 4, page: 4 }]])
  })

  it('finds none in a table on one page, or in a row that breaks across pages', () => {
    expect(findRunOns(1, marksOf([{ start: 3 }, { start: 3 }, { start: 3 }]), [])).toEqual([[]])
    // Row 2 starts on page 3 and ends on 4, so row 3 on page 4 does not open it.
    const broken = marksOf([{ start: 4 }, { start: 3 }, { start: 3, end: 4 }, { start: 4 }])
    expect(findRunOns(1, broken, [])).toEqual([[]])
  })

  it('keeps a cut whose continued part is where it was found, and drops one that moved', () => {
    const rows = [{ start: 4 }, { start: 3 }, { start: 3 }, { start: 4 }, { start: 4 }]
    expect(findRunOns(1, marksOf(rows), [[{ row: 3, page: 4 }]])).toEqual([[{ row: 3, page: 4 }]])
    expect(findRunOns(1, marksOf(rows), [[{ row: 3, page: 5 }]])).toEqual([[]])
  })

  it('adds a cut before a kept one when a row before it now opens a page', () => {
    const rows = [{ start: 5 }, { start: 3 }, { start: 3 }, { start: 4 }, { start: 5 }]
    expect(findRunOns(1, marksOf(rows), [[{ row: 4, page: 5 }]])).toEqual([
      [
        { row: 3, page: 4 },
        { row: 4, page: 5 },
      ],
    ])
  })

  it('cuts a section as often as it runs onto another page', () => {
    const rows = [
      { start: 3 },
      { start: 3 },
      { start: 3 },
      { start: 4 },
      { start: 4 },
      { start: 5 },
    ]
    const cuts = [
      { row: 3, page: 4 },
      { row: 5, page: 5 },
    ]
    expect(findRunOns(1, marksOf(rows), [])).toEqual([cuts])
    expect(findRunOns(1, marksOf(rows), [cuts])).toEqual([cuts])
  })

  it('drops a moved cut and every one after it', () => {
    const rows = [
      { start: 3 },
      { start: 3 },
      { start: 3 },
      { start: 4 },
      { start: 5 },
      { start: 6 },
    ]
    const before = [
      { row: 3, page: 4 },
      { row: 4, page: 6 },
      { row: 5, page: 7 },
    ]
    expect(findRunOns(1, marksOf(rows), [before])).toEqual([[{ row: 3, page: 4 }]])
  })
})
