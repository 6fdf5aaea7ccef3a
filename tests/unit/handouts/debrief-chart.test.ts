import type { Session } from '@common/domain/session/session'
import { buildDebriefDocument } from '@common/handouts/debrief/debrief-document'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import { findNodes } from '../../support/handout-fixtures'
import { makeFinishedSession } from '../../support/session-fixtures'

const YEAR = 365.25 * 24 * 60 * 60_000

/** The finished session with its last event (the end) moved, as a bad clock or a hand edit leaves it. */
function withEndEventAt(at: number): Session {
  const session = makeFinishedSession()
  const last = session.timeline.length - 1
  const timeline = session.timeline.map((event, i) => (i === last ? { ...event, at } : event))
  return { ...session, timeline }
}

/** The session as if the computer's clock read 2000 until a time server set it mid-session. */
function withClockJumpFrom2000(): Session {
  const session = makeFinishedSession()
  const lag = session.startedAt! - new Date(2000, 0, 1, 9, 2).getTime()
  const half = Math.floor(session.timeline.length / 2)
  return {
    ...session,
    startedAt: session.startedAt! - lag,
    timeline: session.timeline.map((event, i) =>
      i < half ? { ...event, at: event.at - lag } : event,
    ),
  }
}

function buildTimed(session: Session) {
  const started = performance.now()
  const document = buildDebriefDocument(session, { paper: 'a4', largePrint: false })
  const markdown = buildDebriefMarkdown(session)
  return { document, markdown, ms: performance.now() - started }
}

describe('the debrief of a record with extreme timestamps', () => {
  it.each([
    ['the end event at 1e300', withEndEventAt(1e300)],
    ['the end event at -1e300', withEndEventAt(-1e300)],
    ['an end at 1e300', { ...makeFinishedSession(), endedAt: 1e300 }],
    ['a clock that jumped from 2000 to 2026', withClockJumpFrom2000()],
    ['the end event 40 years on', withEndEventAt(makeFinishedSession().startedAt! + 40 * YEAR)],
  ])('is built quickly with a bounded chart: %s', (_, session) => {
    const { document, markdown, ms } = buildTimed(session)
    expect(ms).toBeLessThan(2000)
    const lines = findNodes(document.content, (node) => node.type === 'line')
    expect(lines.length).toBeLessThan(3000)
    expect(markdown.length).toBeGreaterThan(0)
  })
})
