import { hostname } from 'node:os'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiHandlers } from '@common/api/dispatch'
import type { OpenedWorkshop, Result } from '@common/api/contract'
import { lockPathFor } from '../../../electron/services/storage/file-lock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

let scratch: Awaited<ReturnType<typeof makeTempFolder>>
let libraryDir: string
const running: TestServices[] = []

beforeEach(async () => {
  scratch = await makeTempFolder('concurrent')
  libraryDir = join(scratch.path, 'library')
  await mkdir(libraryDir)
})
afterEach(async () => {
  for (const app of running.splice(0)) await app.cleanUp()
  await scratch.remove()
})

/** An app instance over the shared library folder, with its own user-data folder. */
async function startInstance(): Promise<ApiHandlers> {
  const app = await startTestServices({ libraryDir })
  running.push(app)
  return app.services.handlers
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`)
  return result.value
}

function save(api: ApiHandlers, opened: OpenedWorkshop, description: string) {
  return api.saveWorkshop({
    ref: opened.ref,
    workshop: { ...opened.workshop, description },
    baseRevision: opened.revision,
    overwrite: false,
  })
}

async function descriptionIn(fileName: string): Promise<string> {
  const text = await readFile(join(libraryDir, fileName), 'utf8')
  return (JSON.parse(text) as { description: string }).description
}

describe('changes to one workshop at once', () => {
  it('lets only one of two app instances save from the same revision; the other gets a conflict (case 10)', async () => {
    const [first, second] = [await startInstance(), await startInstance()]
    const created = valueOf(await first.createWorkshop({ title: 'Shared' }))
    const inSecond = valueOf(await second.openWorkshop({ ref: created.ref }))
    const results = await Promise.all([
      save(first, created, 'first'),
      save(second, inSecond, 'second'),
    ])
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['conflict', 'ok'])
    const winner = results[0].ok ? 'first' : 'second'
    expect(await descriptionIn('shared.workshop.json')).toBe(winner)
  })

  it('lets only one of two saves from the same revision in one app win (case 10)', async () => {
    const api = await startInstance()
    const created = valueOf(await api.createWorkshop({ title: 'Twice' }))
    const results = await Promise.all([save(api, created, 'one'), save(api, created, 'two')])
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'conflict'])
    expect(await descriptionIn('twice.workshop.json')).toBe('one')
  })

  it('keeps an edit saved while the workshop is renamed (case 11)', async () => {
    const api = await startInstance()
    const created = valueOf(await api.createWorkshop({ title: 'Before' }))
    const [saved, renamed] = await Promise.all([
      save(api, created, 'the edit'),
      api.renameWorkshop({ ref: created.ref, title: 'After' }),
    ])
    valueOf(saved)
    valueOf(renamed)
    expect((await readdir(libraryDir)).filter((n) => !n.startsWith('.'))).toEqual([
      'after.workshop.json',
    ])
    expect(await descriptionIn('after.workshop.json')).toBe('the edit')
  })

  it('never brings back a workshop deleted while it is saved (case 11)', async () => {
    const app = await startTestServices({ libraryDir })
    running.push(app)
    const api = app.services.handlers
    const created = valueOf(await api.createWorkshop({ title: 'Doomed' }))
    const [saved, deleted] = await Promise.all([
      save(api, created, 'last words'),
      api.deleteWorkshop({ ref: created.ref }),
    ])
    valueOf(saved)
    valueOf(deleted)
    expect((await readdir(libraryDir)).filter((n) => !n.startsWith('.'))).toEqual([])
    expect(await readdir(app.os.trashFolder)).toEqual(['doomed.workshop.json'])
    // A save that comes after the delete is told, and writes nothing.
    const late = await save(api, created, 'too late')
    expect(late).toMatchObject({ ok: false, code: 'conflict' })
    expect(late.ok ? '' : late.message).toMatch(/was moved or deleted/)
    expect((await readdir(libraryDir)).filter((n) => !n.startsWith('.'))).toEqual([])
  })

  it('waits for another instance holding the file, then refuses, and takes over a lock left by a crash (case 10)', async () => {
    const api = await startInstance()
    const created = valueOf(await api.createWorkshop({ title: 'Held' }))
    const lock = lockPathFor(join(libraryDir, 'held.workshop.json'))
    // Held by a process that runs (this one, as another instance would be).
    await writeFile(lock, `${hostname()} ${String(process.pid)}`)
    const refused = await save(api, created, 'blocked')
    expect(refused).toMatchObject({ ok: false, code: 'conflict' })
    expect(refused.ok ? '' : refused.message).toMatch(/being changed in another Facilitator window/)
    expect(await descriptionIn('held.workshop.json')).toBe('')

    // Left by a process that is gone.
    await writeFile(lock, `${hostname()} 999999999`)
    valueOf(await save(api, created, 'after the crash'))
    expect(await descriptionIn('held.workshop.json')).toBe('after the crash')
    expect(await readdir(libraryDir)).not.toContain('.held.workshop.json.lock')
  })
})
