import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppendJournal, readJournal } from '../../../electron/services/storage/append-journal'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
let path: string
beforeEach(async () => {
  folder = await makeTempFolder('journal')
  path = join(folder.path, '.record.json.notes')
})
afterEach(async () => {
  await folder.remove()
})

describe('an append journal', () => {
  it('has every entry on disk, one line each, in the order appended', async () => {
    const journal = new AppendJournal(path)
    await Promise.all([1, 2, 3].map((n) => journal.append({ n })))
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n')
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
    await journal.close()
  })

  it('reads as empty when there is none', async () => {
    expect(await readJournal(path)).toEqual([])
  })

  it('leaves out a last line cut short by a crash, and starts the next entry on a line of its own', async () => {
    await writeFile(path, '{"n":1}\n{"n":2}\n{"n":')
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 2 }])
    const journal = new AppendJournal(path)
    await journal.append({ n: 3 })
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
    await journal.close()
  })

  it('ends a partial line another program wrote while it was open before appending its own', async () => {
    const journal = new AppendJournal(path)
    await journal.append({ n: 1 })
    // A sync tool or a second writer leaves half a line at the end of the open journal.
    await appendFile(path, '{"from":"elsewhere",')
    await journal.append({ n: 2 })
    await journal.append({ n: 3 })
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
    await journal.close()
  })

  it('folds: writes the document, then drops the journal, with appends asked for meanwhile after it', async () => {
    const journal = new AppendJournal(path)
    await journal.append({ n: 1 })
    const written: string[] = []
    const folded = journal.fold(async () => {
      written.push(await readFile(path, 'utf8'))
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    const late = journal.append({ n: 2 })
    await folded
    await late
    expect(written).toEqual(['{"n":1}\n'])
    expect(await readJournal(path)).toEqual([{ n: 2 }])
    await journal.close()
  })

  it('keeps the journal when the document could not be written, and goes on appending', async () => {
    const journal = new AppendJournal(path)
    await journal.append({ n: 1 })
    await expect(journal.fold(() => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    )
    await journal.append({ n: 2 })
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 2 }])
    await journal.close()
    expect(await readdir(folder.path)).toEqual(['.record.json.notes'])
  })
})
