import { basename } from 'node:path'
import { valueOf } from '../../support/result-value'
import { startTestServices, type TestServices } from '../../support/test-services'

/**
 * The order of the file system calls that make a change durable, as the app makes them: a power
 * cut between any two must leave the old or the new text, and nothing is acknowledged before its
 * bytes are flushed. No test of the files' contents can see a missing flush, so the calls are
 * recorded as they reach the file system.
 */
const { calls } = vi.hoisted(() => ({ calls: [] as string[] }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  // Temp files end in a random part; the order is what matters, not which temp file.
  const label = (path: unknown) => basename(String(path)).replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp')
  const recorded = new Set(['writeFile', 'write', 'appendFile', 'sync', 'datasync', 'truncate'])
  const open: typeof real.open = async (path, ...rest) => {
    const handle = await real.open(path, ...rest)
    return new Proxy(handle, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof value !== 'function') return value
        const method = value as (...args: unknown[]) => unknown
        if (typeof property !== 'string' || !recorded.has(property)) return method.bind(target)
        return (...args: unknown[]) => {
          calls.push(`${property} ${label(path)}`)
          return method.apply(target, args)
        }
      },
    })
  }
  const rename: typeof real.rename = async (from, to) => {
    calls.push(`rename ${label(from)} -> ${label(to)}`)
    return real.rename(from, to)
  }
  return { ...real, open, rename, default: { ...real, open, rename } }
})

let app: TestServices
beforeEach(async () => {
  app = await startTestServices()
})
afterEach(async () => {
  await app.cleanUp()
})

/** The calls made on these names, in order, from the first one on. */
function callsOn(names: readonly string[]): string[] {
  return calls.filter((call) => names.some((name) => call.split(/ |->/).includes(name)))
}

describe('saving a workshop', () => {
  it('writes a temp file, flushes it, renames it over the file, flushes the folder, then answers', async () => {
    const api = app.services.handlers
    const opened = valueOf(await api.createWorkshop({ title: 'Plan' }))
    calls.length = 0
    const saved = api.saveWorkshop({
      ref: opened.ref,
      workshop: { ...opened.workshop, title: 'Plan, edited' },
      baseRevision: opened.revision,
      overwrite: false,
    })
    valueOf(await saved)
    calls.push('answered')

    expect(
      callsOn(['.plan.workshop.json.tmp', 'plan.workshop.json', 'library', 'answered']),
    ).toEqual([
      'writeFile .plan.workshop.json.tmp',
      'sync .plan.workshop.json.tmp',
      'rename .plan.workshop.json.tmp -> plan.workshop.json',
      'sync library',
      'answered',
    ])
  })
})

describe('taking a note in a running session', () => {
  it('appends it to the journal and flushes it before the note is acknowledged', async () => {
    const api = app.services.handlers
    valueOf(
      await api.startRun({ ref: { source: 'builtin', id: 'mentoring-guide' }, replace: false }),
    )
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    valueOf(await api.addNote({ text: 'first', tag: null }))
    calls.length = 0
    valueOf(await api.addNote({ text: 'second', tag: null }))
    calls.push('acknowledged')

    const journal = calls.find((call) => call.endsWith('.notes'))?.split(' ')[1] ?? '(none)'
    expect(callsOn([journal, 'acknowledged'])).toEqual([
      `appendFile ${journal}`,
      `datasync ${journal}`,
      'acknowledged',
    ])
  })
})
