import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PictureStore } from '../../../electron/services/images/picture-store'
import { inEnglish } from '../../../electron/services/refusal'
import { makeTempFolder } from '../../support/temp-folders'
import { SAMPLE_PNG, SAMPLE_SVG } from './picture-samples'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
let store: PictureStore

beforeEach(async () => {
  folder = await makeTempFolder('pictures')
  store = new PictureStore(() => folder.path, inEnglish)
})
afterEach(() => folder.remove())

async function add(bytes: Uint8Array): Promise<string> {
  const added = await store.add(bytes)
  if (!added.ok) throw new Error(added.message)
  return added.ref
}

describe('the picture store', () => {
  it('keeps one file per picture, named by its content, in the pictures folder', async () => {
    const png = await add(SAMPLE_PNG)
    expect(await add(SAMPLE_PNG)).toBe(png)
    const svg = await add(SAMPLE_SVG)
    expect((await readdir(join(folder.path, 'pictures'))).sort()).toEqual([png, svg].sort())
    expect(await readFile(join(folder.path, 'pictures', png))).toEqual(SAMPLE_PNG)
  })

  it('reads a picture back with its type', async () => {
    const svg = await add(SAMPLE_SVG)
    expect(await store.read(svg)).toMatchObject({
      ok: true,
      mimeType: 'image/svg+xml',
      bytes: SAMPLE_SVG,
    })
    const png = await add(SAMPLE_PNG)
    expect(await store.read(png)).toMatchObject({ ok: true, mimeType: 'image/png' })
  })

  it('says when a picture is missing, or was changed outside the app', async () => {
    const missing = `${'a'.repeat(64)}.png`
    expect(await store.read(missing)).toMatchObject({ ok: false, missing: true })
    const png = await add(SAMPLE_PNG)
    await writeFile(join(folder.path, 'pictures', png), SAMPLE_SVG)
    expect(await store.read(png)).toEqual({
      ok: false,
      missing: false,
      message: 'This picture’s file was changed outside Facilitator.',
    })
    expect(await store.read('../../etc/passwd')).toMatchObject({ ok: false, missing: false })
  })

  it('stores nothing for a file that is not a picture', async () => {
    expect(await store.add(Buffer.from('hello'))).toMatchObject({ ok: false })
    expect(await readdir(folder.path)).toEqual([])
  })
})
