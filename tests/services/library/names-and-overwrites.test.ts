import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiHandlers } from '@common/api/dispatch'
import type { OpenedWorkshop, Result, WorkshopRef } from '@common/api/contract'
import { serializeWorkshop } from '@common/domain/workshop/parse'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { startTestServices, type TestServices } from '../../support/test-services'

const builtin = loadBuiltinWorkshop()
let app: TestServices
let api: ApiHandlers

beforeEach(async () => {
  app = await startTestServices()
  api = app.services.handlers
})
afterEach(async () => {
  await app.cleanUp()
})

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`)
  return result.value
}

function fileNameOf(ref: WorkshopRef): string {
  if (ref.source !== 'library') throw new Error('expected a library file')
  return ref.fileName
}

async function titleIn(fileName: string): Promise<string> {
  return (JSON.parse(await readFile(join(app.libraryDir, fileName), 'utf8')) as { title: string })
    .title
}

/**
 * Every file in the library folder, hidden ones included, but for the published schema the app
 * keeps there for editors (tests/services/agenda checks it).
 */
async function allFiles(): Promise<string[]> {
  return (await readdir(app.libraryDir)).filter((n) => n !== '.workshop.schema.json').sort()
}

async function saveEdit(opened: OpenedWorkshop, description: string): Promise<void> {
  valueOf(
    await api.saveWorkshop({
      ref: opened.ref,
      workshop: { ...opened.workshop, description },
      baseRevision: opened.revision,
      overwrite: false,
    }),
  )
}

describe('file names', () => {
  it('never renames a workshop over a broken file, and leaves the broken file as it was (case 5)', async () => {
    const broken = join(app.libraryDir, 'spring.workshop.json')
    await writeFile(broken, '{ "title": "half a file')
    const autumn = valueOf(await api.createWorkshop({ title: 'Autumn' }))
    const renamed = valueOf(await api.renameWorkshop({ ref: autumn.ref, title: 'Spring' }))
    expect(fileNameOf(renamed.ref)).toBe('spring-2.workshop.json')
    expect(await readFile(broken, 'utf8')).toBe('{ "title": "half a file')
    expect(await titleIn('spring-2.workshop.json')).toBe('Spring')
  })

  it('gives two creates, duplicates or an import and a create of one title at once two files (case 6)', async () => {
    const creates = (
      await Promise.all([1, 2].map(() => api.createWorkshop({ title: 'Same' })))
    ).map(valueOf)
    expect(creates.map((c) => fileNameOf(c.ref)).sort()).toEqual([
      'same-2.workshop.json',
      'same.workshop.json',
    ])

    const source = { source: 'builtin', id: 'mentoring-guide' } as const
    const copies = (
      await Promise.all([1, 2].map(() => api.duplicateWorkshop({ ref: source })))
    ).map(valueOf)
    expect(new Set(copies.map((c) => fileNameOf(c.ref))).size).toBe(2)

    const outside = join(app.outsideDir, 'other.json')
    await writeFile(outside, serializeWorkshop({ ...builtin, title: 'Other' }))
    app.os.nextOpenPath = outside
    const [imported, created] = await Promise.all([
      api.importWorkshop({}),
      api.createWorkshop({ title: 'Other' }),
    ])
    const importedFile = valueOf(imported)
    if (importedFile.kind !== 'workshop') throw new Error('expected a workshop')
    expect([importedFile.opened, valueOf(created)].map((o) => fileNameOf(o.ref)).sort()).toEqual([
      'other-2.workshop.json',
      'other.workshop.json',
    ])
    expect((await allFiles()).filter((n) => !n.startsWith('.'))).toHaveLength(6)
  })

  it('never lets a new workshop restore a deleted one of the same name (case 7)', async () => {
    const first = valueOf(await api.createWorkshop({ title: 'Reused' }))
    await saveEdit(first, 'the deleted workshop')
    valueOf(await api.deleteWorkshop({ ref: first.ref }))
    expect(await allFiles()).toEqual([])

    // A backup left by a file deleted outside the app must not be picked up either.
    const path = join(app.libraryDir, 'reused.workshop.json')
    await writeFile(join(app.libraryDir, '.reused.workshop.json.bak'), serializeWorkshop(builtin))
    valueOf(await api.createWorkshop({ title: 'Reused' }))
    await writeFile(path, 'damaged')
    const list = valueOf(await api.listLibrary({}))
    expect(list.broken).toMatchObject([{ fileName: 'reused.workshop.json', hasBackup: false }])
    expect(await api.restoreBackup({ fileName: 'reused.workshop.json' })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
    expect(await readFile(path, 'utf8')).toBe('damaged')
  })

  it('changes nothing when a rename fails, and keeps the old version as the backup when it works (case 8)', async () => {
    const autumn = valueOf(await api.createWorkshop({ title: 'Autumn' }))
    const before = await readFile(join(app.libraryDir, 'autumn.workshop.json'), 'utf8')
    // Things in the way that no rename may replace: the name is taken by a folder, and the
    // next free name's backup slot is a folder that cannot be replaced either.
    await mkdir(join(app.libraryDir, 'spring.workshop.json', 'inside'), { recursive: true })
    await mkdir(join(app.libraryDir, '.spring-2.workshop.json.bak', 'inside'), { recursive: true })
    const failed = await api.renameWorkshop({ ref: autumn.ref, title: 'Spring' })
    expect(failed).toMatchObject({ ok: false, code: 'io-error' })
    expect(await readFile(join(app.libraryDir, 'autumn.workshop.json'), 'utf8')).toBe(before)
    expect(await allFiles()).toEqual([
      '.spring-2.workshop.json.bak',
      'autumn.workshop.json',
      'spring.workshop.json',
    ])

    await rm(join(app.libraryDir, '.spring-2.workshop.json.bak'), { recursive: true })
    const renamed = valueOf(await api.renameWorkshop({ ref: autumn.ref, title: 'Spring' }))
    expect(fileNameOf(renamed.ref)).toBe('spring-2.workshop.json')
    expect(await allFiles()).toEqual([
      '.spring-2.workshop.json.bak',
      'spring-2.workshop.json',
      'spring.workshop.json',
    ])
    expect(await readFile(join(app.libraryDir, '.spring-2.workshop.json.bak'), 'utf8')).toBe(before)
  })

  it('says a deleted file is gone, not that the drive was removed (case 8)', async () => {
    const gone = valueOf(await api.createWorkshop({ title: 'Gone' }))
    await rm(join(app.libraryDir, 'gone.workshop.json'))
    const opened = await api.openWorkshop({ ref: gone.ref })
    expect(opened).toEqual({
      ok: false,
      code: 'not-found',
      message: 'gone.workshop.json is not in the library any more: it was moved or deleted.',
    })
  })
})
