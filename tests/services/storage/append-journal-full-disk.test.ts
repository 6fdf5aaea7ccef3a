import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppendJournal, readJournal } from '../../../electron/services/storage/append-journal'
import { diskOrSkip, mountSmallDisk, type SmallDisk } from '../../support/small-disk'

let disk: SmallDisk | string
beforeAll(async () => {
  disk = await mountSmallDisk('journal-disk')
})
afterAll(async () => {
  if (typeof disk !== 'string') await disk.unmount()
})
afterEach(async () => {
  if (typeof disk !== 'string') await disk.free()
})

/** A note long enough to be cut short when one page is left on the disk. */
const longNote = { n: 2, text: 'x'.repeat(12_000) }

describe('an append journal on a disk that fills up', () => {
  it('does not continue a line cut short by a full disk: the next acknowledged entry is kept', async (context) => {
    const small = diskOrSkip(disk, context)
    const path = join(small.path, '.a.session.json.notes')
    const journal = new AppendJournal(path)
    await journal.append({ n: 1 })
    await small.fill(4096)
    await expect(journal.append(longNote)).rejects.toThrow(/ENOSPC/)
    await small.free()
    await journal.append({ n: 3 })
    await journal.close()
    expect(await readJournal(path)).toEqual([{ n: 1 }, { n: 3 }])
  })

  it('does the same when the journal already ended in a cut-short line from before', async (context) => {
    const small = diskOrSkip(disk, context)
    const path = join(small.path, '.b.session.json.notes')
    await writeFile(path, '{"n":0}\n{"n":')
    const journal = new AppendJournal(path)
    await small.fill(4096)
    await expect(journal.append(longNote)).rejects.toThrow(/ENOSPC/)
    await small.free()
    await journal.append({ n: 3 })
    await journal.close()
    expect(await readJournal(path)).toEqual([{ n: 0 }, { n: 3 }])
  })
})
