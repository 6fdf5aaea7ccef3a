import { quietLogger } from '../../../electron/services/logger'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { createDispatch } from '@common/api/dispatch'
import { apiCallNames } from '@common/api/schemas'
import type { FailureCode } from '@common/api/result'
import { createAppServices, type AppServices } from '../../../electron/services/app-services'
import { FakeOs } from '../../support/fake-os'
import { resourcesDir } from '../../support/paths'
import { makeTempFolder } from '../../support/temp-folders'

const knownCodes = new Set<FailureCode>([
  'unknown-call',
  'untrusted-sender',
  'invalid-argument',
  'not-found',
  'invalid-file',
  'read-only',
  'conflict',
  'io-error',
  'cancelled',
])

const hostileStrings = fc.constantFrom(
  '',
  '..',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\system32',
  '../escape.workshop.json',
  '.hidden.workshop.json',
  'x'.repeat(100_000),
  '\u0000',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
)

const hostileValue = fc.oneof(
  fc.anything(),
  hostileStrings,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, null, undefined, true),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
)

/** Arguments shaped like the real ones, with hostile values in their fields. */
const hostileArgument = fc.oneof(
  hostileValue,
  fc.dictionary(
    fc.constantFrom(
      'ref',
      'title',
      'fileName',
      'workshop',
      'command',
      'text',
      'tag',
      'noteId',
      'sessionFile',
      'options',
      'source',
      'id',
      '__proto__',
      'constructor',
    ),
    hostileValue,
  ),
  fc.record({
    ref: fc.oneof(
      fc.record({ source: fc.constant('library'), fileName: hostileStrings }),
      fc.record({ source: fc.constant('builtin'), id: hostileStrings }),
    ),
    title: hostileStrings,
  }),
  fc.record({ fileName: hostileStrings }),
  fc.record({
    sessionFile: hostileStrings,
    noteId: hostileStrings,
    text: hostileStrings,
    tag: hostileValue,
  }),
)

describe('every bridge call, fed random and hostile arguments', () => {
  let root: Awaited<ReturnType<typeof makeTempFolder>>
  let services: AppServices
  let appFolder: string

  beforeAll(async () => {
    root = await makeTempFolder('fuzz')
    // The app gets one folder inside `root`; anything written beside it would be an escape.
    appFolder = join(root.path, 'app')
    await mkdir(appFolder)
    services = await createAppServices({
      resourcesDir,
      userDataDir: join(appFolder, 'user-data'),
      defaultLibraryDir: join(appFolder, 'library'),
      appVersion: 'test',
      os: new FakeOs(join(appFolder, 'trash')),
      emit: () => undefined,
      log: quietLogger,
    })
  })

  afterAll(async () => {
    services.dispose()
    await services.flush()
    await root.remove()
  })

  it('answers with a value every time: refused with a known code and a message, or done', async () => {
    const dispatch = createDispatch(services.handlers, () => true)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...apiCallNames), hostileArgument, async (name, arg) => {
        const result = await dispatch({ name, arg, senderUrl: 'test:' })
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) {
          expect(knownCodes.has(result.code)).toBe(true)
          expect(result.message.length).toBeGreaterThan(0)
          expect(result.message.length).toBeLessThan(5000)
        }
      }),
      { numRuns: 3000 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await readdir(root.path)).toEqual(['app'])
    const inApp = (await readdir(appFolder)).sort()
    expect(inApp.every((name) => ['library', 'trash', 'user-data'].includes(name))).toBe(true)
  })

  it('refuses path-like file names at the door, naming the field', async () => {
    const dispatch = createDispatch(services.handlers, () => true)
    for (const fileName of [
      '../x.workshop.json',
      '/etc/passwd',
      'a/b.workshop.json',
      '..\\x.workshop.json',
      '.x.workshop.json',
    ]) {
      const result = await dispatch({
        name: 'openWorkshop',
        arg: { ref: { source: 'library', fileName } },
        senderUrl: 'test:',
      })
      expect(result).toMatchObject({ ok: false, code: 'invalid-argument' })
      expect(result.ok ? '' : result.message).toContain('ref.fileName')
    }
    const note = await dispatch({
      name: 'deleteNote',
      arg: { sessionFile: '../../x.session.json', noteId: 'n' },
      senderUrl: 'test:',
    })
    expect(note.ok ? '' : note.message).toContain('sessionFile')
  })
})
