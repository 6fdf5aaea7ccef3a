import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenedWorkshop, Workshop } from '@common/api/contract'
import { valueOf } from '../../support/result-value'
import { startTestServices, type TestServices } from '../../support/test-services'
import { SAMPLE_PNG, SAMPLE_SVG, writePicture } from '../images/picture-samples'

// Two computers: each its own library folder and user data, in separate temp folders.
let here: TestServices
let there: TestServices

beforeEach(async () => {
  here = await startTestServices()
  there = await startTestServices()
})
afterEach(async () => {
  await here.cleanUp()
  await there.cleanUp()
})

async function choose(app: TestServices, name: string, bytes: Uint8Array): Promise<string> {
  app.os.nextOpenPath = await writePicture(app.outsideDir, name, bytes)
  return valueOf(await app.services.handlers.choosePicture({})).ref
}

/** A workshop whose first exercise's phases show the given pictures. */
async function workshopWithPictures(app: TestServices, refs: string[]): Promise<OpenedWorkshop> {
  const api = app.services.handlers
  const created = valueOf(await api.createWorkshop({ title: 'Pictures travel' }))
  const first = created.workshop.exercises[0]
  if (first?.kind !== 'exercise') throw new Error('expected an exercise first')
  const phases = refs.map((ref, i) => ({
    label: `Look ${String(i + 1)}`,
    minutes: 2,
    grouping: 'wholeRoom' as const,
    prompts: ['What do you see?'],
    advancesAutomatically: false,
    image: { ref, alt: `Picture ${String(i + 1)}`, placement: 'beside' as const },
  }))
  const workshop: Workshop = {
    ...created.workshop,
    exercises: [{ ...first, phases }],
  }
  valueOf(
    await api.saveWorkshop({
      ref: created.ref,
      workshop,
      baseRevision: created.revision,
      overwrite: false,
    }),
  )
  return { ...created, workshop }
}

describe('pictures on phases', () => {
  it('chooses a picture through the open dialog, for pictures only, and reads it back', async () => {
    const ref = await choose(here, 'cycle.svg', SAMPLE_SVG)
    expect(here.os.openDialogs.at(-1)).toEqual({
      title: 'Choose a picture for the room screen',
      extensions: ['png', 'jpg', 'jpeg', 'svg'],
      kind: 'Picture',
    })
    expect(ref).toMatch(/^[0-9a-f]{64}\.svg$/)
    const read = valueOf(await here.services.handlers.readPicture({ ref }))
    expect(read.mimeType).toBe('image/svg+xml')
    expect(Buffer.from(read.base64, 'base64')).toEqual(SAMPLE_SVG)
    expect(await here.services.handlers.choosePicture({})).toMatchObject({
      ok: false,
      code: 'cancelled',
    })
  })

  it('refuses a file that is not a picture, whatever its name says, and stores nothing', async () => {
    here.os.nextOpenPath = await writePicture(here.outsideDir, 'notes.png', Buffer.from('notes'))
    expect(await here.services.handlers.choosePicture({})).toEqual({
      ok: false,
      code: 'invalid-file',
      message: 'notes.png: This file is not a PNG, JPEG or SVG picture.',
    })
    expect(await readdir(here.libraryDir)).not.toContain('pictures')
  })

  it('keeps pictures when their workshop is renamed, duplicated or deleted', async () => {
    const ref = await choose(here, 'blue.png', SAMPLE_PNG)
    const { ref: workshopRef } = await workshopWithPictures(here, [ref])
    const api = here.services.handlers
    const renamed = valueOf(await api.renameWorkshop({ ref: workshopRef, title: 'Renamed' }))
    const copy = valueOf(await api.duplicateWorkshop({ ref: renamed.ref }))
    valueOf(await api.deleteWorkshop({ ref: renamed.ref }))
    const opened = valueOf(await api.openWorkshop({ ref: copy.ref }))
    const phase =
      opened.workshop.exercises[0]?.kind === 'exercise'
        ? opened.workshop.exercises[0].phases[0]
        : undefined
    expect(phase?.image?.ref).toBe(ref)
    expect(valueOf(await api.readPicture({ ref })).base64).toBe(SAMPLE_PNG.toString('base64'))
  })

  it('exports a workshop with its pictures as one file that imports whole into another library', async () => {
    const png = await choose(here, 'blue.png', SAMPLE_PNG)
    const svg = await choose(here, 'cycle.svg', SAMPLE_SVG)
    const original = await workshopWithPictures(here, [png, svg, png])
    // The library file names its pictures; their bytes stay in the store.
    const libraryText = await readFile(
      join(here.libraryDir, 'pictures-travel.workshop.json'),
      'utf8',
    )
    expect(libraryText).toContain(png)
    expect(libraryText).not.toContain(SAMPLE_PNG.toString('base64'))

    const target = join(here.outsideDir, 'to-share.workshop.json')
    here.os.nextSavePath = target
    expect(valueOf(await here.services.handlers.exportWorkshop({ ref: original.ref }))).toEqual({
      path: target,
      pictures: 2,
      missingPictures: 0,
    })

    // The other computer has never seen these pictures.
    expect(await there.services.handlers.readPicture({ ref: png })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
    const carried = join(there.outsideDir, 'carried.workshop.json')
    await writeFile(carried, await readFile(target))
    there.os.nextOpenPath = carried
    const imported = valueOf(await there.services.handlers.importWorkshop({}))
    expect(imported).toEqual({
      kind: 'workshop',
      opened: expect.objectContaining({ workshop: original.workshop }),
    })
    for (const [ref, bytes] of [
      [png, SAMPLE_PNG],
      [svg, SAMPLE_SVG],
    ] as const) {
      const read = valueOf(await there.services.handlers.readPicture({ ref }))
      expect(Buffer.from(read.base64, 'base64')).toEqual(bytes)
    }
    expect((await readdir(join(there.libraryDir, 'pictures'))).sort()).toEqual([png, svg].sort())
    const importedText = await readFile(
      join(there.libraryDir, 'pictures-travel.workshop.json'),
      'utf8',
    )
    expect(importedText).not.toContain('"pictures"')
  })

  it('refuses an export whose picture was changed after it was written, adding nothing', async () => {
    const png = await choose(here, 'blue.png', SAMPLE_PNG)
    const original = await workshopWithPictures(here, [png])
    const target = join(here.outsideDir, 'to-share.workshop.json')
    here.os.nextSavePath = target
    valueOf(await here.services.handlers.exportWorkshop({ ref: original.ref }))
    const data = JSON.parse(await readFile(target, 'utf8')) as { pictures: Record<string, string> }
    data.pictures[png] = SAMPLE_SVG.toString('base64')
    await writeFile(target, JSON.stringify(data))

    there.os.nextOpenPath = target
    const refused = await there.services.handlers.importWorkshop({})
    expect(refused).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(refused.ok ? '' : refused.message).toMatch(
      /^Could not import to-share\.workshop\.json: the picture [0-9a-f]{12}… does not match its contents/,
    )
    expect((await readdir(there.libraryDir)).filter((n) => n.endsWith('.workshop.json'))).toEqual(
      [],
    )
  })

  it('exports a workshop whose picture is missing here, naming it, and says so', async () => {
    const png = await choose(here, 'blue.png', SAMPLE_PNG)
    const original = await workshopWithPictures(here, [png])
    const { rm } = await import('node:fs/promises')
    await rm(join(here.libraryDir, 'pictures', png))
    here.os.nextSavePath = join(here.outsideDir, 'out.workshop.json')
    expect(
      valueOf(await here.services.handlers.exportWorkshop({ ref: original.ref })),
    ).toMatchObject({
      pictures: 0,
      missingPictures: 1,
    })
    const text = await readFile(join(here.outsideDir, 'out.workshop.json'), 'utf8')
    expect(JSON.parse(text)).not.toHaveProperty('pictures')
    expect(text).toContain(png)
  })

  it('lists an export dropped into the library folder as broken, saying to import it', async () => {
    const png = await choose(here, 'blue.png', SAMPLE_PNG)
    const original = await workshopWithPictures(here, [png])
    const target = join(there.libraryDir, 'dropped.workshop.json')
    here.os.nextSavePath = target
    valueOf(await here.services.handlers.exportWorkshop({ ref: original.ref }))
    const listing = valueOf(await there.services.handlers.listLibrary({}))
    expect(listing.broken).toEqual([
      {
        fileName: 'dropped.workshop.json',
        message:
          'This is a workshop exported with its pictures: use Import… on the library screen to add it',
        wholeFile: true,
        hasBackup: false,
      },
    ])
  })
})

describe('importing files that are not workshops', () => {
  it('says so in plain words, naming the file', async () => {
    const api = here.services.handlers
    const packageJson = join(here.outsideDir, 'package.json')
    await writeFile(packageJson, JSON.stringify({ name: 'x', version: '1.0.0' }, null, 2))
    here.os.nextOpenPath = packageJson
    expect(await api.importWorkshop({})).toEqual({
      ok: false,
      code: 'invalid-file',
      message:
        'Could not import package.json. This file is not a Facilitator workshop: it has no exercises.',
    })
    const text = join(here.outsideDir, 'notes.txt')
    await writeFile(text, 'Welcome everyone\nWhat we will do today')
    here.os.nextOpenPath = text
    expect(await api.importWorkshop({})).toEqual({
      ok: false,
      code: 'invalid-file',
      message:
        'Could not import notes.txt. This file is not valid JSON: line 1, column 1 (“W” is not expected there).',
    })
  })
})
