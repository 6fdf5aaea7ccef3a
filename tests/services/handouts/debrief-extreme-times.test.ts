import { join } from 'node:path'
import type { Session } from '@common/domain/session/session'
import { renderDebriefPdf } from '../../../electron/services/handouts/render-debrief'
import { resourcesDir } from '../../support/paths'
import { makeFinishedSession } from '../../support/session-fixtures'

function withEndEventAt(at: number): Session {
  const session = makeFinishedSession()
  const last = session.timeline.length - 1
  return {
    ...session,
    endedAt: at,
    timeline: session.timeline.map((event, i) => (i === last ? { ...event, at } : event)),
  }
}

describe('the debrief PDF of a record with extreme timestamps', () => {
  it.each([
    ['an end at 1e300', withEndEventAt(1e300)],
    ['an end 26 years after the start', withEndEventAt(makeFinishedSession().startedAt! + 8.2e11)],
  ])('renders in bounded time: %s', async (_, session) => {
    const started = performance.now()
    const rendered = await renderDebriefPdf(
      session,
      { paper: 'a4', largePrint: false },
      join(resourcesDir, 'fonts'),
    )
    expect(rendered.ok).toBe(true)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
