import { open, readFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { AppendJournal } from '../../../electron/services/storage/append-journal'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
let path: string
beforeEach(async () => {
  folder = await makeTempFolder('journal-group')
  path = join(folder.path, '.record.json.notes')
})
afterEach(async () => {
  vi.restoreAllMocks()
  await folder.remove()
})

/** A promise and the function that resolves it. */
function opened(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

/** Every flush of every file handle, held until the test lets it go. */
async function holdFlushes(): Promise<{
  count: () => number
  release: () => void
  stopHolding: () => void
}> {
  const probe: FileHandle = await open(join(folder.path, 'probe'), 'w')
  const prototype = Object.getPrototypeOf(probe) as FileHandle
  await probe.close()
  // Called with each handle as `this` below, as the journal calls it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = prototype.datasync
  let gate = opened()
  let flushes = 0
  vi.spyOn(prototype, 'datasync').mockImplementation(async function (this: FileHandle) {
    flushes += 1
    await gate.promise
    return original.call(this)
  })
  return {
    count: () => flushes,
    release: () => {
      gate.resolve()
      gate = opened()
    },
    stopHolding: () => {
      gate.resolve()
    },
  }
}

describe('an append journal under many appends at once', () => {
  it('has the appends that arrive during a flush share the next one, each acknowledged after its line is on disk', async () => {
    const flushes = await holdFlushes()
    const journal = new AppendJournal(path)
    const acknowledged: number[] = []
    const first = journal.append({ n: 1 }).then(() => acknowledged.push(1))
    await vi.waitFor(() => {
      expect(flushes.count()).toBe(1)
    })
    const rest = [2, 3, 4, 5].map((n) => journal.append({ n }).then(() => acknowledged.push(n)))
    flushes.release()
    await first
    await vi.waitFor(() => {
      expect(flushes.count()).toBe(2)
    })
    // The second flush is held: none of the lines waiting on it may be acknowledged yet.
    expect(acknowledged).toEqual([1])
    flushes.stopHolding()
    await Promise.all(rest)
    expect(flushes.count()).toBe(2)
    expect(acknowledged).toEqual([1, 2, 3, 4, 5])
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n{"n":5}\n')
    await journal.close()
  })

  it('writes no line asked for after a fold into the journal the fold removes', async () => {
    const journal = new AppendJournal(path)
    const before = journal.append({ n: 1 })
    const fold = journal.fold(() => Promise.resolve())
    const after = journal.append({ n: 2 })
    await Promise.all([before, fold, after])
    expect(await readFile(path, 'utf8')).toBe('{"n":2}\n')
    await journal.close()
  })
})
