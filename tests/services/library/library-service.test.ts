import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiHandlers } from '@common/api/dispatch'
import type { LibraryListing, OpenedWorkshop, Result } from '@common/api/contract'
import { startTestServices, type TestServices } from '../../support/test-services'

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

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

async function listing(): Promise<LibraryListing> {
  return valueOf(await api.listLibrary({}))
}

async function libraryFiles(): Promise<string[]> {
  return (await readdir(app.libraryDir)).filter((n) => !n.startsWith('.')).sort()
}

describe('the library', () => {
  it('lists the built-in workshop, read-only, in a new empty library folder', async () => {
    const { workshops, broken, folder } = await listing()
    expect(folder).toBe(app.libraryDir)
    expect(workshops).toHaveLength(1)
    expect(workshops[0]).toMatchObject({
      ref: builtin,
      readOnly: true,
      exerciseCount: 12,
      totalMinutes: 225,
    })
    expect(broken).toEqual([])
  })

  it('refuses to change the built-in workshop, and duplicates it into an editable file', async () => {
    expect(await api.renameWorkshop({ ref: builtin, title: 'Mine' })).toMatchObject({
      ok: false,
      code: 'read-only',
    })
    expect(await api.deleteWorkshop({ ref: builtin })).toMatchObject({
      ok: false,
      code: 'read-only',
    })
    const copy = valueOf(await api.duplicateWorkshop({ ref: builtin }))
    expect(copy.readOnly).toBe(false)
    // The title is what the room shows: the copy keeps it, and says what it is a copy of.
    expect(copy.workshop.title).toBe('Mentoring Both Ways')
    expect(copy.workshop.copyOf).toBe('Mentoring Both Ways')
    expect(copy.ref).toEqual({
      source: 'library',
      fileName: 'mentoring-both-ways-copy.workshop.json',
    })
    expect(await libraryFiles()).toEqual([(copy.ref as { fileName: string }).fileName])
    const onDisk = JSON.parse(
      await readFile(join(app.libraryDir, (copy.ref as { fileName: string }).fileName), 'utf8'),
    )
    expect(onDisk.exercises).toHaveLength(13)
  })

  it('creates, renames (file name follows the title), and deletes to the trash', async () => {
    const created = valueOf(await api.createWorkshop({ title: 'Peer Mentoring: Zoë & José' }))
    expect(created.ref).toEqual({
      source: 'library',
      fileName: 'peer-mentoring-zoe-jose.workshop.json',
    })
    const renamed = valueOf(await api.renameWorkshop({ ref: created.ref, title: 'Spring cohort' }))
    expect(renamed.ref).toEqual({ source: 'library', fileName: 'spring-cohort.workshop.json' })
    expect(await libraryFiles()).toEqual(['spring-cohort.workshop.json'])
    expect(
      JSON.parse(await readFile(join(app.libraryDir, 'spring-cohort.workshop.json'), 'utf8')).title,
    ).toBe('Spring cohort')
    valueOf(await api.deleteWorkshop({ ref: renamed.ref }))
    expect(await libraryFiles()).toEqual([])
    expect(await readdir(app.os.trashFolder)).toEqual(['spring-cohort.workshop.json'])
  })

  it('never reuses a taken file name', async () => {
    const a = valueOf(await api.createWorkshop({ title: 'Same' }))
    const b = valueOf(await api.createWorkshop({ title: 'Same' }))
    expect([a.ref, b.ref]).toEqual([
      { source: 'library', fileName: 'same.workshop.json' },
      { source: 'library', fileName: 'same-2.workshop.json' },
    ])
  })

  it('imports a valid file from anywhere, and refuses an invalid one naming the field', async () => {
    const outside = join(app.outsideDir, 'from-a-colleague.json')
    const exported = valueOf(await api.openWorkshop({ ref: builtin })).workshop
    await writeFile(outside, JSON.stringify({ ...exported, title: 'From a colleague' }))
    app.os.nextOpenPath = outside
    const imported = valueOf(await api.importWorkshop({}))
    expect(imported).toMatchObject({
      kind: 'workshop',
      opened: { workshop: { title: 'From a colleague' } },
    })

    const bad = join(app.outsideDir, 'bad.json')
    await writeFile(bad, JSON.stringify({ ...exported, warningSeconds: -5 }))
    app.os.nextOpenPath = bad
    const refused = await api.importWorkshop({})
    expect(refused).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(refused.ok ? '' : refused.message).toContain('warningSeconds:')
    expect(await libraryFiles()).toEqual(['from-a-colleague.workshop.json'])
    expect(await api.importWorkshop({})).toMatchObject({ ok: false, code: 'cancelled' })
  })

  it('exports a workshop to the chosen path as a valid file', async () => {
    const target = join(app.outsideDir, 'shared.workshop.json')
    app.os.nextSavePath = target
    expect(valueOf(await api.exportWorkshop({ ref: builtin }))).toEqual({
      path: target,
      pictures: 0,
      missingPictures: 0,
    })
    expect(JSON.parse(await readFile(target, 'utf8')).title).toMatch(/Mentoring/)
  })

  it('reports a broken file with its field, never overwrites it, and restores its last good version', async () => {
    const created = valueOf(await api.createWorkshop({ title: 'Fragile' }))
    const ref = created.ref
    // A second save leaves the first version as the backup.
    valueOf(
      await api.saveWorkshop({
        ref,
        workshop: { ...created.workshop, description: 'v2' },
        baseRevision: created.revision,
        overwrite: false,
      }),
    )
    const path = join(app.libraryDir, 'fragile.workshop.json')
    const damaged = (await readFile(path, 'utf8')).replace('"minutes": 5', '"minutes": -5')
    await writeFile(path, damaged)

    const { broken, workshops } = await listing()
    expect(workshops.map((w) => w.title)).not.toContain('Fragile')
    expect(broken).toEqual([
      {
        fileName: 'fragile.workshop.json',
        message: 'exercises[0].phases[0].minutes: expected a positive number',
        wholeFile: false,
        hasBackup: true,
      },
    ])
    expect(await readFile(path, 'utf8')).toBe(damaged)
    expect(await api.openWorkshop({ ref })).toMatchObject({ ok: false, code: 'invalid-file' })

    const restored = valueOf(await api.restoreBackup({ fileName: 'fragile.workshop.json' }))
    expect(restored.workshop.description).toBe('')
    expect(await readFile(`${path}.damaged`, 'utf8')).toBe(damaged)
    expect((await listing()).broken).toEqual([])
  })

  it('refuses to save over a file someone else changed, unless the user chooses to', async () => {
    const opened: OpenedWorkshop = valueOf(await api.createWorkshop({ title: 'Shared drive' }))
    const path = join(app.libraryDir, 'shared-drive.workshop.json')
    const theirs = (await readFile(path, 'utf8')).replace(
      '"description": ""',
      '"description": "their edit"',
    )
    await writeFile(path, theirs)
    const mine = { ...opened.workshop, description: 'my edit' }
    const conflict = await api.saveWorkshop({
      ref: opened.ref,
      workshop: mine,
      baseRevision: opened.revision,
      overwrite: false,
    })
    expect(conflict).toMatchObject({ ok: false, code: 'conflict' })
    expect(await readFile(path, 'utf8')).toBe(theirs)
    valueOf(
      await api.saveWorkshop({
        ref: opened.ref,
        workshop: mine,
        baseRevision: opened.revision,
        overwrite: true,
      }),
    )
    expect(JSON.parse(await readFile(path, 'utf8')).description).toBe('my edit')
  })

  it('reports a folder it cannot write to, and lets the same save succeed once it can', async () => {
    const opened = valueOf(await api.createWorkshop({ title: 'Offline drive' }))
    const edited = { ...opened.workshop, description: 'unsaved work' }
    // The drive goes away: the folder is gone and a plain file sits where it was.
    await rm(app.libraryDir, { recursive: true })
    await writeFile(app.libraryDir, 'not a folder')
    const failed = await api.saveWorkshop({
      ref: opened.ref,
      workshop: edited,
      baseRevision: opened.revision,
      overwrite: false,
    })
    expect(failed).toMatchObject({ ok: false, code: 'io-error' })
    expect(failed.ok ? '' : failed.message).toMatch(
      /^Could not save offline-drive\.workshop\.json: .+ Your changes are kept/,
    )
    expect(await api.createWorkshop({ title: 'Another' })).toMatchObject({
      ok: false,
      code: 'io-error',
    })
    // The drive comes back: the same save, retried, lands.
    await rm(app.libraryDir)
    await mkdir(app.libraryDir)
    valueOf(
      await api.saveWorkshop({
        ref: opened.ref,
        workshop: edited,
        baseRevision: opened.revision,
        overwrite: true,
      }),
    )
    expect(
      JSON.parse(await readFile(join(app.libraryDir, 'offline-drive.workshop.json'), 'utf8'))
        .description,
    ).toBe('unsaved work')
  })

  it('notices files added, changed and removed by someone else', async () => {
    const exported = valueOf(await api.openWorkshop({ ref: builtin })).workshop
    app.events.length = 0
    await writeFile(
      join(app.libraryDir, 'dropped-in.workshop.json'),
      JSON.stringify({ ...exported, title: 'Dropped in' }),
    )
    await vi.waitFor(
      () => {
        const last = app.events.filter((e) => e.event === 'libraryChanged').at(-1)
        expect(
          (last?.payload as LibraryListing | undefined)?.workshops.map((w) => w.title),
        ).toContain('Dropped in')
      },
      { timeout: 5000 },
    )
  })

  it('remembers the opened workshop as recent, and leaves the room display alone', async () => {
    valueOf(await api.openWorkshop({ ref: builtin }))
    expect(valueOf(await api.getRoomView({})).workshopTitle).toBeNull()
    expect(app.events.some((e) => e.event === 'roomChanged')).toBe(false)
    await app.services.flush()
    const settings = JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8'))
    expect(settings.recent).toEqual([builtin])
  })
})
