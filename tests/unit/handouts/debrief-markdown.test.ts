import { buildDebrief } from '@common/domain/session/debrief'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import { formatTimeOfDay } from '@common/handouts/debrief/debrief-wording'
import { escapeMarkdown, escapeTableCell } from '@common/handouts/debrief/markdown-escape'
import { translatorFor } from '@common/i18n/translator'
import {
  makeFinishedSession,
  makeQuietSession,
  makeUnfinishedSession,
} from '../../support/session-fixtures'

const session = makeFinishedSession()
const markdown = buildDebriefMarkdown(session)
/** A time of day as the English record writes it: "9:02 AM". */
const clockTime = (ms: number) => formatTimeOfDay(translatorFor('en'), ms)
const debrief = buildDebrief(session)

const sectionOf = (heading: string) => {
  const start = markdown.indexOf(`## ${heading}\n`)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end === -1 ? undefined : end)
}

describe('the debrief as Markdown', () => {
  it('opens with the title, when, the details and the summary with the overrun', () => {
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('# Mentoring Both Ways: session debrief')
    expect(markdown).toContain('**When:** Tuesday, March 3, 2026, 9:02 AM to ')
    expect(markdown).toContain('**Place:** Hatcher Library, Room 100')
    expect(markdown).toContain('**Facilitator:** Ana Lucía Pérez')
    expect(markdown).toContain('**Participants:** 18')
    expect(debrief.overrunMinutes).toBeGreaterThan(0)
    expect(markdown).toContain(`${String(debrief.overrunMinutes)} min over plan`)
  })

  it('puts actions then parking lot first, as checklists saying where each came from', () => {
    const order = ['## Actions', '## Parking lot', '## Planned and actual minutes', '## Notes by']
    const positions = order.map((heading) => markdown.indexOf(heading))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const actions = sectionOf('Actions')
    expect(actions.match(/^- \[ \] /gm)).toHaveLength(debrief.actions.length)
    for (const note of debrief.actions) {
      expect(actions).toContain(`${note.itemTitle} — ${note.phaseLabel}, ${clockTime(note.at)}`)
    }
    expect(sectionOf('Parking lot').match(/^- \[ \] /gm)).toHaveLength(debrief.parkingLot.length)
  })

  it('has a table row per agenda item with planned, actual and difference, and a total', () => {
    const table = sectionOf('Planned and actual minutes')
    for (const row of debrief.rows) {
      expect(table).toContain(`| ${String(row.itemIndex + 1)} | `)
    }
    expect(table).toContain('| 1 | Welcome: Who Taught Whom? | 10 | 12 | +2 |')
    expect(table).toContain('| 7 | _Break_ | 15 | 18 | +3 |')
    expect(table).toContain('| 8 | Curiosity Topic Bank | 10 | 8 | −2 |')
    expect(table).toContain(`**Total** | **${String(debrief.plannedMinutes)}** |`)
  })

  it('lists every note under its exercise in time order, with clock time and tag', () => {
    const notes = sectionOf('Notes by exercise')
    let last = -1
    for (const row of debrief.rows.filter((item) => item.notes.length > 0)) {
      const heading = notes.indexOf(`### ${String(row.itemIndex + 1)}. `)
      expect(heading).toBeGreaterThan(last)
      last = heading
    }
    expect(notes).toContain(
      `- **${clockTime(session.notes[1]!.at)}** _Partner B shares · Insight_: Zoë said the Łódź branch`,
    )
    expect(notes.match(/^- \*\*\d{1,2}:\d\d [AP]M\*\*/gm)).toHaveLength(session.notes.length)
  })

  it('escapes what people typed: pipes, a leading #, emphasis, angle brackets', () => {
    expect(markdown).toContain('the library \\| campus IT')
    expect(markdown).toContain('\\# Print the network map on A3')
    expect(markdown).not.toMatch(/^#+ Print/m)
    expect(markdown).toContain('had a \\*shared project\\*')
    expect(markdown).toContain('kept\\_somewhere\\_ visible')
    expect(markdown).toContain('data services & \\<scholarly communication\\>')
  })

  it('keeps a note written over two lines inside its list item', () => {
    expect(markdown).toContain('best moment of the day\\\n  several people wrote theirs down')
  })

  it('ends with the workshop’s first credit', () => {
    expect(markdown.trimEnd().endsWith(`_${session.workshop.credits[0]!}_`)).toBe(true)
  })
})

describe('escaping Markdown', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ not a bullet', '\\+ not a bullet'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['===', '\\==='],
    ['`code` and [link](x)', '\\`code\\` and \\[link\\](x)'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp; stays', '\\&amp; stays'],
    ['Tom & Jerry ~ fine', 'Tom & Jerry \\~ fine'],
    ['Zoë said the Łódź branch…', 'Zoë said the Łódź branch…'],
    ['line one\n# line two', 'line one\n\\# line two'],
  ])('%j becomes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected)
  })

  it('folds a table cell onto one line and escapes its pipes', () => {
    expect(escapeTableCell('a | b\nc')).toBe('a \\| b c')
  })
})

describe('sessions with less in them', () => {
  it('says so when there are no notes, actions or parked items, and leaves out blank details', () => {
    const quiet = buildDebriefMarkdown(makeQuietSession())
    expect(quiet).toContain('_No actions were noted._')
    expect(quiet).toContain('_Nothing was parked._')
    expect(quiet).toContain('_No notes were taken._')
    expect(quiet).toContain('No notes.')
    expect(quiet).not.toContain('**Place:**')
    expect(quiet).not.toContain('**Participants:**')
    expect(quiet).not.toContain('### ')
  })

  it('shows where an unfinished session stops and which items it never reached', () => {
    const unfinished = makeUnfinishedSession()
    const text = buildDebriefMarkdown(unfinished)
    const figures = buildDebrief(unfinished)
    const unreached = figures.rows.filter((row) => row.actualMinutes === null)
    expect(unreached.length).toBeGreaterThan(0)
    expect(text).toContain('(not ended; the record stops at ')
    expect(text).toContain(`with ${String(unreached.length)} items not reached`)
    for (const row of unreached) {
      expect(text).toContain(`| ${row.title} | ${String(row.plannedMinutes)} | not reached |  |`)
    }
  })

  it('ends an unfinished session at its last note when that came after its last event', () => {
    const unfinished = makeUnfinishedSession()
    const lastEvent = unfinished.timeline.at(-1)!
    if (lastEvent.kind !== 'phaseStarted') throw new Error('the fixture stops in a phase')
    const item = lastEvent.itemIndex
    const entered = unfinished.timeline.find(
      (event) => event.kind === 'phaseStarted' && event.itemIndex === item,
    )!.at
    const latest = Math.max(lastEvent.at, ...unfinished.notes.map((note) => note.at))
    // The app stopped six minutes after a note written in the last item reached.
    const lateNote = { ...unfinished.notes[0]!, id: 'late', itemIndex: item, at: latest + 360_000 }
    const withLateNote = { ...unfinished, notes: [...unfinished.notes, lateNote] }
    const figures = buildDebrief(withLateNote)
    expect(figures.recordEndsAt).toBe(lateNote.at)
    expect(figures.rows[item]!.actualMinutes).toBe(Math.round((lateNote.at - entered) / 6_000) / 10)
    expect(buildDebriefMarkdown(withLateNote)).toContain(
      `the record stops at ${clockTime(lateNote.at)})`,
    )
  })

  it('reads a session that never started', () => {
    const text = buildDebriefMarkdown(
      makeQuietSession({ startedAt: null, endedAt: null, timeline: [] }),
    )
    expect(text).toContain('**When:** Not started')
    expect(text).toContain('nothing was timed')
  })
})
