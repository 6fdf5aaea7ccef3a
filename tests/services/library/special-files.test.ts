import { execFileSync } from 'node:child_process'
import { closeSync, constants, openSync } from 'node:fs'
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiHandlers } from '@common/api/dispatch'
import type { LibraryListing, Result } from '@common/api/contract'
import { serializeWorkshop } from '@common/domain/workshop/parse'
import { runHandoutsCli } from '../../../electron/services/handouts/cli'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { resourcesDir } from '../../support/paths'
import { startTestServices, type TestServices } from '../../support/test-services'

const builtin = loadBuiltinWorkshop()
let app: TestServices
let api: ApiHandlers
const fifos: string[] = []

beforeEach(async () => {
  app = await startTestServices()
  api = app.services.handlers
})
afterEach(async () => {
  // A reader stuck on a pipe holds a file-system thread until someone opens the other end;
  // opened synchronously, since every such thread may be stuck.
  for (const fifo of fifos.splice(0))
    closeSync(openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK))
  await app.cleanUp()
})

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`)
  return result.value
}

/** Fails instead of hanging when a call never returns. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${String(ms)} ms`)), ms)
  })
  try {
    return await Promise.race([promise, deadline])
  } finally {
    clearTimeout(timer)
  }
}

function makeFifo(path: string): string {
  execFileSync('mkfifo', [path])
  fifos.push(path)
  return path
}

async function listing(): Promise<LibraryListing> {
  return valueOf(await within(2000, api.listLibrary({})))
}

describe('special files in the library', () => {
  it('lists a named pipe as broken without opening it, and keeps working after many listings (case 1)', async () => {
    makeFifo(join(app.libraryDir, 'pipe.workshop.json'))
    // More listings than the file-system thread pool has threads, as the watcher would start.
    const listings = await within(
      3000,
      Promise.all(Array.from({ length: 8 }, () => api.listLibrary({}))),
    )
    for (const list of listings) {
      expect(valueOf(list).broken).toEqual([
        {
          fileName: 'pipe.workshop.json',
          message: 'is a named pipe, not a regular file, so it is not read',
          wholeFile: false,
          hasBackup: false,
        },
      ])
    }
    valueOf(await within(2000, api.createWorkshop({ title: 'Still works' })))
    expect(
      await within(
        2000,
        api.openWorkshop({ ref: { source: 'library', fileName: 'pipe.workshop.json' } }),
      ),
    ).toMatchObject({ ok: false, code: 'invalid-file' })
  })

  it('refuses to import a named pipe, naming what it is (case 1)', async () => {
    app.os.nextOpenPath = makeFifo(join(app.outsideDir, 'pipe.json'))
    const refused = await within(2000, api.importWorkshop({}))
    expect(refused).toMatchObject({ ok: false, code: 'io-error' })
    expect(refused.ok ? '' : refused.message).toContain('is a named pipe')
  })

  it('gives the handouts command the same protection (case 1)', async () => {
    const fifo = makeFifo(join(app.outsideDir, 'pipe.workshop.json'))
    const errors: string[] = []
    const code = await within(
      2000,
      runHandoutsCli([fifo, '--out', join(app.outsideDir, 'out')], {
        resourcesDir,
        locale: 'en_GB.UTF-8',
        print: () => undefined,
        printError: (line) => errors.push(line),
      }),
    )
    expect(code).toBe(1)
    expect(errors.join('\n')).toContain('is a named pipe, not a regular file')
  })

  it('never reads a device behind a symbolic link, and follows a link to a workshop file (case 2)', async () => {
    await symlink('/dev/zero', join(app.libraryDir, 'zero.workshop.json'))
    const real = join(app.outsideDir, 'real.workshop.json')
    await writeFile(real, serializeWorkshop({ ...builtin, title: 'Linked in' }))
    await symlink(real, join(app.libraryDir, 'linked.workshop.json'))
    const started = performance.now()
    const list = await listing()
    expect(performance.now() - started).toBeLessThan(500)
    expect(list.broken).toEqual([
      {
        fileName: 'zero.workshop.json',
        message: 'is a device, not a regular file, so it is not read',
        wholeFile: false,
        hasBackup: false,
      },
    ])
    expect(list.workshops.map((w) => w.title)).toContain('Linked in')
  })

  it('refuses a workshop of 5,000 breaks, small enough in bytes, naming the limit on items (case 4)', async () => {
    const many = {
      ...builtin,
      exercises: Array.from({ length: 5000 }, (_, i) => ({
        kind: 'break' as const,
        id: `break-${String(i)}`,
        title: 'Break',
        minutes: 1,
      })),
    }
    const path = join(app.libraryDir, 'endless.workshop.json')
    await writeFile(path, JSON.stringify(many))
    const started = performance.now()
    expect((await listing()).broken).toEqual([
      {
        fileName: 'endless.workshop.json',
        message: 'exercises: expected at most 200 exercises and breaks',
        wholeFile: false,
        hasBackup: false,
      },
    ])
    expect(performance.now() - started).toBeLessThan(1000)
    const errors: string[] = []
    const code = await runHandoutsCli([path, '--out', join(app.outsideDir, 'out')], {
      resourcesDir,
      locale: 'en_GB.UTF-8',
      print: () => undefined,
      printError: (line) => errors.push(line),
    })
    expect(code).toBe(1)
    expect(errors.join('\n')).toContain('exercises: expected at most 200 exercises and breaks')
  })

  it('refuses a file over the size limit without reading it, naming the limit (case 4)', async () => {
    const path = join(app.libraryDir, 'huge.workshop.json')
    const text = serializeWorkshop(builtin)
    // Valid JSON, padded past 4 MB with white space: only its size is wrong.
    await writeFile(path, text.padEnd(5 * 1024 * 1024, ' '))
    expect((await listing()).broken).toEqual([
      {
        fileName: 'huge.workshop.json',
        message: 'is 5.0 MB, over the limit of 4.0 MB for this kind of file',
        wholeFile: false,
        hasBackup: false,
      },
    ])
  })
})
