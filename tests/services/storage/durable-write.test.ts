import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DurableFileAdapter } from '../../../electron/services/storage/durable-adapter'
import {
  backupPathFor,
  describeFileError,
  writeFileDurably,
} from '../../../electron/services/storage/durable-write'
import { Storage } from '../../../electron/services/storage/storage'
import { makeTempFolder } from '../../support/temp-folders'

const jsonCodec = {
  parse: (text: string) => JSON.parse(text) as { n: number },
  serialize: (data: { n: number }) => JSON.stringify(data),
}

let folder: Awaited<ReturnType<typeof makeTempFolder>>
beforeEach(async () => {
  folder = await makeTempFolder('storage')
})
afterEach(async () => {
  await folder.remove()
})

describe('writeFileDurably', () => {
  it('replaces the file, keeps the previous version as a hidden backup, and leaves no temp file', async () => {
    const path = join(folder.path, 'a.workshop.json')
    await writeFileDurably(path, 'first')
    await writeFileDurably(path, 'second')
    expect(await readFile(path, 'utf8')).toBe('second')
    expect(await readFile(backupPathFor(path), 'utf8')).toBe('first')
    expect((await readdir(folder.path)).sort()).toEqual(['.a.workshop.json.bak', 'a.workshop.json'])
  })

  it('fails with the file system’s error when the folder is gone, and writes nothing', async () => {
    const path = join(folder.path, 'missing-drive', 'a.workshop.json')
    const error = await writeFileDurably(path, 'text').catch((e: unknown) => e)
    expect(describeFileError(error)).toBe('the folder no longer exists (was a drive removed?)')
    expect(await readdir(folder.path)).toEqual([])
  })

  it('explains read-only folders and full disks in words', () => {
    const withCode = (code: string) => Object.assign(new Error(code), { code })
    expect(describeFileError(withCode('EACCES'))).toMatch(/cannot be written/)
    expect(describeFileError(withCode('EROFS'))).toMatch(/read-only/)
    expect(describeFileError(withCode('ENOSPC'))).toBe('the disk is full')
  })
})

describe('DurableFileAdapter', () => {
  it('serialises writes to one file and ends with the latest data', async () => {
    const path = join(folder.path, 'doc.json')
    const adapter = new DurableFileAdapter(path, jsonCodec)
    const writes = Array.from({ length: 50 }, (_, n) => adapter.write({ n }))
    await Promise.all(writes)
    expect(await adapter.read()).toEqual({ n: 49 })
  })

  it('writes the latest state of a document that changes while writes are queued', async () => {
    const path = join(folder.path, 'doc.json')
    const adapter = new DurableFileAdapter(path, jsonCodec)
    const doc = { n: 1 }
    const first = adapter.write(doc)
    doc.n = 2
    const second = adapter.write(doc)
    doc.n = 3
    await Promise.all([first, second])
    expect(await adapter.read()).toEqual({ n: 3 })
  })

  it('rejects every waiter of a failed write and recovers for the next one', async () => {
    const sub = join(folder.path, 'sub')
    const adapter = new DurableFileAdapter(join(sub, 'doc.json'), jsonCodec)
    await expect(adapter.write({ n: 1 })).rejects.toThrow(/ENOENT/)
    await mkdir(sub)
    await adapter.write({ n: 2 })
    expect(await adapter.read()).toEqual({ n: 2 })
  })

  it('reads a missing file as null and refuses a file its codec cannot parse', async () => {
    const path = join(folder.path, 'doc.json')
    const adapter = new DurableFileAdapter(path, jsonCodec)
    expect(await adapter.read()).toBeNull()
    await writeFile(path, '{ broken')
    await expect(adapter.read()).rejects.toThrow()
  })
})

describe('Storage', () => {
  it('flushes every pending write before it resolves', async () => {
    const storage = new Storage()
    const paths = Array.from({ length: 5 }, (_, i) => join(folder.path, `f${String(i)}.json`))
    for (const [i, path] of paths.entries()) void storage.write(path, jsonCodec, { n: i })
    await storage.flush()
    const texts = await Promise.all(paths.map((p) => readFile(p, 'utf8')))
    expect(texts).toEqual(paths.map((_, i) => JSON.stringify({ n: i })))
  })
})
