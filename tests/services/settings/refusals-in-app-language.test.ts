import { readFileSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { translatorFor } from '@common/i18n/translator'
import { directBridge } from '../../support/direct-bridge'
import { resourcesDir } from '../../support/paths'
import { valueOf } from '../../support/result-value'
import { startTestServices, type TestServices } from '../../support/test-services'

// The console shows what a service refuses with, so the refusal speaks the app's language, and
// follows it when the facilitator changes it: one refusal each from the sessions, the agenda
// import, the roster, the run and a session's record, first in English and then in German.
const rules = { size: 2, perExercise: true, mixBy: null, apart: [], together: [] }
let app: TestServices

beforeEach(async () => {
  app = await startTestServices({ systemLanguages: ['en-GB'] })
})
afterEach(async () => {
  await app.cleanUp()
})

async function refusals(): Promise<string[]> {
  const api = directBridge(app)
  const read = peopleFromLines('Ana\nBen\nCai\nDee\n')
  if (!read.ok) throw new Error(`the roster was not read: ${read.message.id}`)
  const answers = [
    await api.addNote({ text: 'Bring more sticky notes', tag: null }),
    await api.importDroppedFile({
      fileName: 'agenda.csv',
      base64: Buffer.from(',,\n,,\n').toString('base64'),
    }),
    await api.arrangeGroups({ people: read.people, rules, seed: 5 }),
    await api.runCommand({ command: { type: 'start' } }),
    await api.openSession({ fileName: 'gone.session.json' }),
  ]
  return answers.map((answer) => (answer.ok ? 'accepted' : answer.message))
}

describe('a refusal from the services', () => {
  it('speaks English while the app does', async () => {
    expect(await refusals()).toEqual([
      'Notes are taken during a session: start the clock first.',
      'Could not import agenda.csv: it is empty.',
      'Open a session first: groups follow its agenda.',
      'No session is open. Open a workshop and choose Run.',
      'gone.session.json no longer exists.',
    ])
  })

  it('speaks German once the app does', async () => {
    valueOf(await directBridge(app).updatePreferences({ appLanguage: 'de' }))
    expect(await refusals()).toEqual([
      'Notizen entstehen während einer Sitzung: Starten Sie zuerst die Uhr.',
      'agenda.csv konnte nicht importiert werden: Die Datei ist leer.',
      'Öffnen Sie zuerst eine Sitzung: Die Gruppen richten sich nach ihrem Ablauf.',
      'Es ist keine Sitzung geöffnet. Öffnen Sie einen Workshop und wählen Sie „Workshop starten“.',
      'gone.session.json gibt es nicht mehr.',
    ])
  })

  it('speaks the stretched test language when it is set for a layout test', async () => {
    const api = directBridge(app)
    expect(valueOf(await api.updatePreferences({ appLanguage: 'en-XA' })).appLanguage).toBe('en-XA')
    const [notes] = await refusals()
    expect(notes).toBe(translatorFor('en-XA').formatMessage({ id: 'errors.sessions.notesNeedRun' }))
    expect(notes).toMatch(/^Ƞǿŧḗş/)
  })
})

// The reasons inside those refusals come from deeper down (a sheet's reader, the picture store,
// the session file's schema): they speak the app's language too, naming the file and the field.
describe('why a file is refused, in German', () => {
  beforeEach(async () => {
    valueOf(await directBridge(app).updatePreferences({ appLanguage: 'de' }))
  })

  function drop(fileName: string, bytes: Buffer | string) {
    const base64 = Buffer.from(bytes).toString('base64')
    return directBridge(app).importDroppedFile({ fileName, base64 })
  }

  it('says why a sheet cannot be read', async () => {
    expect(await drop('agenda.xlsx', 'Title,Minutes\nWelcome,10\n')).toMatchObject({
      ok: false,
      message:
        'agenda.xlsx konnte nicht importiert werden. agenda.xlsx ist keine Tabelle: Der Inhalt ist keine .xlsx-Datei.',
    })
    const rows = ['Title,Minutes', ...Array.from({ length: 5000 }, (_, i) => `Item ${String(i)},5`)]
    expect(await drop('huge.csv', rows.join('\n'))).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'huge.csv hat 5001 Zeilen; ein Ablauf wird aus höchstens 4000 Zeilen gelesen',
      ),
    })
  })

  it('says why a picture cannot be used', async () => {
    const notes = join(app.outsideDir, 'notes.png')
    await writeFile(notes, 'Just some notes')
    app.os.nextOpenPath = notes
    expect(await directBridge(app).choosePicture({})).toMatchObject({
      ok: false,
      message: 'notes.png: Diese Datei ist kein PNG-, JPEG- oder SVG-Bild.',
    })
    const drawing = join(app.outsideDir, 'drawing.svg')
    await writeFile(drawing, '<svg><g>')
    app.os.nextOpenPath = drawing
    expect(await directBridge(app).choosePicture({})).toMatchObject({
      ok: false,
      message:
        'drawing.svg: Dieses SVG-Bild ist nicht verwendbar: Es endet, bevor </g> geschlossen ist.',
    })
    app.os.nextOpenPath = app.outsideDir
    expect(await directBridge(app).choosePicture({})).toMatchObject({
      ok: false,
      message: 'outside ist keine gewöhnliche Datei.',
    })
    expect(await directBridge(app).readPicture({ ref: `${'a'.repeat(64)}.png` })).toMatchObject({
      ok: false,
      message: 'Dieses Bild liegt nicht im Bilderordner dieser Bibliothek.',
    })
  })

  it('names each field of a session file that is not valid', async () => {
    const sessions = join(app.libraryDir, 'sessions')
    await mkdir(sessions, { recursive: true })
    await writeFile(
      join(sessions, 'bad.session.json'),
      JSON.stringify({ schemaVersion: 2, id: 7, place: 'x'.repeat(201), extra: true }),
    )
    const opened = await directBridge(app).openSession({ fileName: 'bad.session.json' })
    expect(opened.ok ? '' : opened.message.split('\n')).toEqual([
      expect.stringMatching(/bad\.session\.json ist keine gültige Sitzung:$/),
      'schemaVersion: muss 1 sein',
      'id: muss ein Text sein',
      'workshopRef: fehlt',
      'workshop: fehlt',
      'startedAt: fehlt',
      '… und 8 weitere',
    ])
  })
})

// A workshop file that cannot be read is described in the app's language too: where its text
// stops being JSON, that it is no workshop at all, or which of its fields is wrong.
describe('why a workshop file is refused, in the app’s language', () => {
  const builtinText = readFileSync(
    join(resourcesDir, 'workshops/mentoring-guide.workshop.json'),
    'utf8',
  )
  const badField = JSON.parse(builtinText) as { exercises: { phases: { minutes: unknown }[] }[] }
  badField.exercises[0]!.phases[0]!.minutes = -3
  const files = {
    'not-json.workshop.json': '{\n  "title": "A",\n  "x": Wrong\n}',
    'a-list.workshop.json': '[1, 2]',
    'bad-field.workshop.json': JSON.stringify(badField, null, 2),
  }

  async function writeLibrary() {
    await mkdir(app.libraryDir, { recursive: true })
    for (const [name, text] of Object.entries(files))
      await writeFile(join(app.libraryDir, name), text)
  }

  async function opened(fileName: string): Promise<string> {
    const answer = await directBridge(app).openWorkshop({ ref: { source: 'library', fileName } })
    return answer.ok ? 'opened' : answer.message
  }

  it('says it in German when the library lists and opens the files', async () => {
    await writeLibrary()
    const api = directBridge(app)
    valueOf(await api.updatePreferences({ appLanguage: 'de' }))
    const listing = valueOf(await api.listLibrary({}))
    expect(listing.broken.map(({ fileName, message }) => [fileName, message])).toEqual([
      [
        'a-list.workshop.json',
        'Diese Datei ist kein Facilitator-Workshop: Sie enthält eine Liste, keinen Workshop',
      ],
      ['bad-field.workshop.json', 'exercises[0].phases[0].minutes: muss größer als 0 sein'],
      [
        'not-json.workshop.json',
        'Diese Datei ist kein gültiges JSON: Zeile 3, Spalte 8 („W“ ist dort nicht erwartet)',
      ],
    ])
    expect(await opened('a-list.workshop.json')).toBe(
      'a-list.workshop.json: Diese Datei ist kein Facilitator-Workshop: Sie enthält eine Liste, keinen Workshop',
    )
    expect(await opened('bad-field.workshop.json')).toBe(
      'bad-field.workshop.json: exercises[0].phases[0].minutes: muss größer als 0 sein',
    )
    expect(await opened('not-json.workshop.json')).toBe(
      'not-json.workshop.json: Diese Datei ist kein gültiges JSON: Zeile 3, Spalte 8 („W“ ist dort nicht erwartet)',
    )
  })

  it('says in German why a file is not read at all', async () => {
    // A folder where a workshop file should be: the library will never read it as one.
    await mkdir(join(app.libraryDir, 'folder.workshop.json'), { recursive: true })
    const api = directBridge(app)
    valueOf(await api.updatePreferences({ appLanguage: 'de' }))
    const listing = valueOf(await api.listLibrary({}))
    expect(listing.broken.map(({ fileName, message }) => [fileName, message])).toEqual([
      [
        'folder.workshop.json',
        'Es ist ein Ordner und keine normale Datei; daher wird es nicht gelesen',
      ],
    ])
    valueOf(await api.updatePreferences({ appLanguage: 'en' }))
    expect(valueOf(await api.listLibrary({})).broken[0]?.message).toBe(
      'is a folder, not a regular file, so it is not read',
    )
  })

  it('says in German that the library folder cannot be read', async () => {
    // A file where the library folder should be.
    await rm(app.libraryDir, { recursive: true, force: true })
    await writeFile(app.libraryDir, 'not a folder')
    const api = directBridge(app)
    valueOf(await api.updatePreferences({ appLanguage: 'de' }))
    expect(await api.listLibrary({})).toEqual({
      ok: false,
      code: 'io-error',
      message: `Der Bibliotheksordner ${app.libraryDir} kann nicht gelesen werden: ${translatorFor('de').formatMessage({ id: 'errors.storage.fileInTheWay' })}`,
    })
  })

  it('keeps today’s English words while the app speaks English', async () => {
    await writeLibrary()
    expect(await opened('a-list.workshop.json')).toBe(
      'a-list.workshop.json: This file is not a Facilitator workshop: it holds a list, not a workshop',
    )
    expect(await opened('bad-field.workshop.json')).toBe(
      'bad-field.workshop.json: exercises[0].phases[0].minutes: expected a positive number',
    )
  })

  it('says it in German and Spanish when the file is imported', async () => {
    const api = directBridge(app)
    const drop = (fileName: string, text: string) =>
      api.importDroppedFile({ fileName, base64: Buffer.from(text).toString('base64') })
    valueOf(await api.updatePreferences({ appLanguage: 'de' }))
    expect(await drop('list.json', '[1, 2]')).toMatchObject({
      ok: false,
      message:
        'list.json konnte nicht importiert werden. Diese Datei ist kein Facilitator-Workshop: Sie enthält eine Liste, keinen Workshop.',
    })
    expect(await drop('bad.json', files['bad-field.workshop.json'])).toMatchObject({
      ok: false,
      message:
        'bad.json konnte nicht importiert werden: Es ist ein Workshop, aber ein Teil davon ist ungültig:\nexercises[0].phases[0].minutes: muss größer als 0 sein',
    })
    valueOf(await api.updatePreferences({ appLanguage: 'es' }))
    expect(await drop('list.json', '{ "exercises": [] }')).toMatchObject({
      ok: false,
      message:
        'No se pudo importar list.json. Este archivo no es un taller de Facilitator: no tiene título.',
    })
    expect(await drop('bad.json', files['bad-field.workshop.json'])).toMatchObject({
      ok: false,
      message:
        'No se pudo importar bad.json: es un taller, pero una parte no es válida:\nexercises[0].phases[0].minutes: debe ser mayor que 0',
    })
  })
})
