import { buildDebrief } from '@common/domain/session/debrief'
import { buildDebriefDocument } from '@common/handouts/debrief/debrief-document'
import { suggestDebriefFileNames } from '@common/handouts/file-name'
import { collectText, findNodes } from '../../support/handout-fixtures'
import { makeFinishedSession, makeUnfinishedSession } from '../../support/session-fixtures'

const session = makeFinishedSession()
const debrief = buildDebrief(session)
const document = buildDebriefDocument(session, { paper: 'a4', largePrint: false })
const text = collectText(document.content).join('\n')

describe('the debrief document', () => {
  it('says what, when, where and the overrun, then actions and parking lot before the chart', () => {
    expect(text).toContain('SESSION DEBRIEF')
    expect(text).toContain('Tuesday, March 3, 2026, 9:02 AM to')
    expect(text).toContain('Ana Lucía Pérez')
    expect(text).toContain(`${String(debrief.overrunMinutes)} min over plan`)
    const at = (needle: string) => text.indexOf(needle)
    expect(at('Actions')).toBeLessThan(at('Parking lot'))
    expect(at('Parking lot')).toBeLessThan(at('Planned and actual minutes'))
    expect(at('Planned and actual minutes')).toBeLessThan(at('Notes by exercise'))
  })

  it('has every note, and every action and parked item in its checklist with where it came from', () => {
    for (const note of session.notes) expect(text).toContain(note.text)
    for (const note of [...debrief.actions, ...debrief.parkingLot]) {
      expect(text).toContain(`${note.itemTitle} — ${note.phaseLabel}`)
    }
  })

  it('draws two bars per agenda item and hatches the time over plan', () => {
    const bars = findNodes(
      document.content,
      (node) => node.type === 'rect' && node.h === 8 && node.color !== undefined,
    )
    // Planned, actual, and an outlined box for each item that ran over, plus the legend's three.
    const over = debrief.rows.filter((row) => (row.actualMinutes ?? 0) > row.plannedMinutes)
    expect(bars).toHaveLength(debrief.rows.length * 2 + over.length + 3)
    const stripes = findNodes(
      document.content,
      (node) => node.type === 'line' && node.x1 !== node.x2 && node.y1 !== node.y2,
    )
    expect(stripes.length).toBeGreaterThan(over.length * 3)
    for (const row of debrief.rows)
      expect(text).toContain(`${String(row.itemIndex + 1)}. ${row.title}`)
    expect(text).toContain('27.5 (+5.5)')
    expect(text).toContain('minutes')
  })

  it('keeps every chart row and every note in one piece', () => {
    const kept = findNodes(document.content, (node) => node.unbreakable === true)
    for (const note of session.notes) {
      expect(kept.some((node) => collectText(node).includes(note.text))).toBe(true)
    }
  })

  it('uses the handouts’ page frame and paper', () => {
    expect(document.pageSize).toEqual({ width: 595.28, height: 841.89 })
    expect(typeof document.footer).toBe('function')
    expect(document.info?.title).toBe(
      'Mentoring Both Ways: Session debrief, Tuesday, March 3, 2026',
    )
    const letter = buildDebriefDocument(session, { paper: 'letter', largePrint: true })
    expect(letter.pageSize).toEqual({ width: 612, height: 792 })
    expect(
      findNodes(
        letter.content,
        (node) => node.type === 'rect' && node.h === 11 && node.color !== undefined,
      ).length,
    ).toBe(
      findNodes(
        document.content,
        (node) => node.type === 'rect' && node.h === 8 && node.color !== undefined,
      ).length,
    )
  })

  it('keeps the total with the last item, so it never starts a page on its own', () => {
    const [table] = findNodes(
      document.content,
      (node) =>
        typeof node.table === 'object' &&
        collectText(node.table).some((cell) => cell === 'Difference'),
    )
    const { body, dontBreakRows, headerRows } = table?.table as {
      body: unknown[][]
      dontBreakRows: boolean
      headerRows: number
    }
    expect([dontBreakRows, headerRows]).toEqual([true, 1])
    const lastRow = collectText(body.at(-1))
    expect(lastRow).toContain('Total')
    expect(lastRow).toContain(debrief.rows.at(-1)!.title)
    expect(body).toHaveLength(debrief.rows.length + 1)
  })

  it('marks the items an unfinished session never reached', () => {
    const unfinished = makeUnfinishedSession()
    const unreached = buildDebrief(unfinished).rows.filter((row) => row.actualMinutes === null)
    const built = collectText(
      buildDebriefDocument(unfinished, { paper: 'a4', largePrint: false }).content,
    )
    expect(built.filter((line) => line === 'not reached')).toHaveLength(unreached.length * 2)
  })

  it('suggests file names with the workshop, the day and the paper', () => {
    expect(suggestDebriefFileNames(session, { paper: 'a4', largePrint: false })).toEqual({
      pdf: 'mentoring-both-ways-debrief-2026-03-03-a4.pdf',
      markdown: 'mentoring-both-ways-debrief-2026-03-03.md',
    })
    expect(suggestDebriefFileNames(session, { paper: 'letter', largePrint: true }).pdf).toBe(
      'mentoring-both-ways-debrief-2026-03-03-letter-large-print.pdf',
    )
  })
})
