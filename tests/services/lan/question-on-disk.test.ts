import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import { readJournal } from '../../../electron/services/storage/append-journal'
import { connectLan, tokenOf, writePhoneBuild } from '../../support/lan-client'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

/**
 * A phone told "sent" must find its question in the record even if the app stops the next
 * moment: the acknowledgement may leave only once the question's journal line is flushed to disk.
 * The flush of the notes journal is held here until the test lets it go, and the test checks the
 * phone hears nothing about its question meanwhile.
 */
const { gate } = vi.hoisted(() => {
  let release: () => void = () => undefined
  let reach: () => void = () => undefined
  const state = {
    held: false,
    reached: Promise.resolve(),
    released: Promise.resolve(),
    hold() {
      state.held = true
      state.reached = new Promise<void>((resolve) => (reach = resolve))
      state.released = new Promise<void>((resolve) => (release = resolve))
    },
    arrive() {
      reach()
      return state.released
    },
    open() {
      state.held = false
      release()
    },
  }
  return { gate: state }
})

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof real.open = async (path, ...rest) => {
    const handle = await real.open(path, ...rest)
    if (!String(path).endsWith('.notes')) return handle
    return new Proxy(handle, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof value !== 'function') return value
        const method = (value as (...args: unknown[]) => unknown).bind(target)
        if (property !== 'datasync') return method
        return async () => {
          if (gate.held) await gate.arrive()
          return method()
        }
      },
    })
  }
  return { ...real, open, default: { ...real, open } }
})

let app: TestServices
let build: { path: string; remove: () => Promise<void> }
beforeEach(async () => {
  build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
  app = await startTestServices({ phonePagesDir: build.path })
})
afterEach(async () => {
  gate.open()
  await app.cleanUp()
  await build.remove()
})

const ackFor =
  (id: number) =>
  (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'ack' }> =>
    m.type === 'ack' && m.id === id

describe('a question from a phone', () => {
  it('is acknowledged only after its journal line is flushed to disk', async () => {
    const api = app.services.handlers
    valueOf(
      await api.startRun({ ref: { source: 'builtin', id: 'mentoring-guide' }, replace: false }),
    )
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const status = valueOf(await api.setLanOpen({ open: true, port: 0 }))
    valueOf(await api.setParticipantInputs({ open: true }))
    const url = status.links.find((l) => l.capability === 'participant')?.urls[0] ?? ''
    const phone = await connectLan(`http://127.0.0.1:${String(status.port)}`, tokenOf(url))
    await phone.next((m): m is LanServerMessage => m.type === 'welcome')

    gate.hold()
    phone.send({ type: 'input', kind: 'question', name: null, text: 'Is it on disk?', id: 1 })
    await gate.reached
    // Answered at once, from memory: acknowledgements go out in the order they are sent, so had
    // the question's been sent before its flush, it would have come before this one.
    phone.send({ type: 'command', command: { type: 'pause' }, id: 2 })
    await phone.next(ackFor(2))
    expect(phone.received.filter(ackFor(1))).toEqual([])

    gate.open()
    expect(await phone.next(ackFor(1))).toMatchObject({ ok: true })
    const sessions = join(app.libraryDir, 'sessions')
    const journal = (await readdir(sessions)).find((name) => name.endsWith('.notes')) ?? ''
    expect(await readJournal(join(sessions, journal))).toMatchObject([
      {
        kind: 'added',
        note: { text: 'Question from a participant: Is it on disk?', tag: 'question' },
      },
    ])
    phone.socket.close()
  })
})
