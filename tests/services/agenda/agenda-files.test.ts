import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import type { ApiHandlers } from '@common/api/dispatch'
import type { AgendaSheet, Result, Workshop } from '@common/api/contract'
import { buildDebrief } from '@common/domain/session/debrief'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { sheetToWorkshop } from '@common/domain/workshop/sheet/sheet-import'
import { guessMapping } from '@common/domain/workshop/sheet/sheet-mapping'
import { splitHeader } from '@common/domain/workshop/sheet/sheet-table'
import { resourcesDir } from '../../support/paths'
import { makeFinishedSession } from '../../support/session-fixtures'
import { startTestServices, type TestServices } from '../../support/test-services'
import { inEnglish } from '../../support/in-english'

let app: TestServices
let api: ApiHandlers

beforeEach(async () => {
  app = await startTestServices()
  api = app.services.handlers
})
afterEach(async () => {
  await app.cleanUp()
})

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`)
  return result.value
}

async function importSheet(path: string): Promise<AgendaSheet> {
  app.os.nextOpenPath = path
  const imported = valueOf(await api.importWorkshop({}))
  if (imported.kind !== 'sheet') throw new Error('expected a sheet')
  return imported.sheet
}

function workshopFrom(sheet: AgendaSheet) {
  const table = splitHeader(sheet.cells)
  return sheetToWorkshop(table, guessMapping(table.headers), 'Imported')
}

function agendaOf(workshop: Workshop) {
  return workshop.exercises.map((item) =>
    item.kind === 'break'
      ? [item.title, item.minutes, item.roomText, item.note ?? '']
      : [
          item.title,
          item.facilitatorNotes,
          item.phases.map((p) => [p.label, p.minutes, p.grouping, p.prompts]),
        ],
  )
}

async function exportTo(format: 'xlsx' | 'csv' | 'md' | 'ics', name: string): Promise<string> {
  const target = join(app.outsideDir, name)
  app.os.nextSavePath = target
  const saved = valueOf(
    await api.exportAgenda({
      ref: builtin,
      format,
      date: '2026-12-03',
      start: '09:30',
      place: 'Room 100',
    }),
  )
  expect(saved.path).toBe(target)
  return target
}

describe('agenda files round trip', () => {
  it.each(['xlsx', 'csv'] as const)(
    'exports the built-in workshop as %s and imports it back with the same agenda',
    async (format) => {
      const original = valueOf(await api.openWorkshop({ ref: builtin })).workshop
      const started = performance.now()
      const target = await exportTo(format, `agenda.${format}`)
      const exportMs = performance.now() - started
      const sheet = await importSheet(target)
      const made = workshopFrom(sheet)
      if (!made.ok) throw new Error(inEnglish(made.message))
      expect(made.problems).toEqual([])
      expect(agendaOf(made.workshop)).toEqual(agendaOf(original))
      expect(made.workshop.plannedStart).toBe(original.plannedStart)
      expect(exportMs).toBeLessThan(2000)

      const added = valueOf(await api.addImportedWorkshop({ workshop: made.workshop }))
      expect(added.ref).toEqual({ source: 'library', fileName: 'imported.workshop.json' })
      expect(await readdir(app.libraryDir)).toContain('imported.workshop.json')
    },
  )

  it('writes the agenda as Markdown and as a calendar a parser reads', async () => {
    const original = valueOf(await api.openWorkshop({ ref: builtin })).workshop
    const markdown = await readFile(await exportTo('md', 'agenda.md'), 'utf8')
    expect(markdown).toContain(`# ${original.title}`)
    const calendar = await readFile(await exportTo('ics', 'agenda.ics'), 'utf8')
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent')
    expect(events).toHaveLength(original.exercises.length)
    const first = new ICAL.Event(events[0])
    expect([first.startDate.hour, first.startDate.minute]).toEqual([9, 30])
    expect(first.location).toBe('Room 100')
  })

  it('asks for a date before writing a calendar', async () => {
    app.os.nextSavePath = join(app.outsideDir, 'agenda.ics')
    expect(
      await api.exportAgenda({ ref: builtin, format: 'ics', date: null, start: null, place: '' }),
    ).toMatchObject({ ok: false, message: 'Choose the date of the session for its calendar.' })
  })
})

describe('importing foreign sheets', () => {
  it('reads an Ontime-style spreadsheet with time cells and a merged title row', async () => {
    const time = (h: number, m: number) => ({
      value: new Date(Date.UTC(1899, 11, 30, h, m)),
      type: Date,
      format: 'hh:mm:ss',
    })
    const path = join(app.outsideDir, 'rundown.xlsx')
    await writeXlsxFile(
      [
        [{ value: 'Mentoring day rundown', columnSpan: 5 }, null, null, null, null],
        ['Title', 'Time Start', 'Time End', 'Duration', 'Note'],
        ['Welcome', time(9, 0), time(9, 10), time(0, 10), 'Name tags'],
        ['Speed mentoring', time(9, 10), time(9, 40), time(0, 30), null],
        [null, null, null, null, null],
        ['Coffee break', time(9, 40), time(9, 55), time(0, 15), null],
      ],
      { columns: [{ width: 20 }, {}, {}, {}, {}] },
    ).toFile(path)
    const made = workshopFrom(await importSheet(path))
    if (!made.ok) throw new Error(inEnglish(made.message))
    expect(made.problems).toEqual([])
    expect(made.workshop.plannedStart).toBe('09:00')
    expect(made.workshop.exercises.map((i) => [i.kind, i.title, itemMinutes(i)])).toEqual([
      ['exercise', 'Welcome', 10],
      ['exercise', 'Speed mentoring', 30],
      ['break', 'Coffee break', 15],
    ])
  })

  it('reads a semicolon CSV from a European spreadsheet in Windows-1252', async () => {
    const path = join(app.outsideDir, 'agenda.csv')
    const text =
      'Titel;Title;Dauer;Duration\r\n1;Begr\xfc\xdfung;x;0:15\r\n2;Caf\xe9 pause;x;10\r\n'
    await writeFile(path, Buffer.from(text, 'latin1'))
    const made = workshopFrom(await importSheet(path))
    if (!made.ok) throw new Error(inEnglish(made.message))
    expect(made.workshop.exercises.map((i) => [i.title, itemMinutes(i)])).toEqual([
      ['Begrüßung', 15],
      ['Café pause', 10],
    ])
  })

  it('refuses a sheet of 10,000 rows, saying what it reads at most', async () => {
    const path = join(app.outsideDir, 'huge.csv')
    const rows = [
      'Title,Minutes',
      ...Array.from({ length: 10_000 }, (_, i) => `Item ${String(i)},5`),
    ]
    await writeFile(path, rows.join('\n'))
    const started = performance.now()
    expect(await api.importWorkshop(((app.os.nextOpenPath = path), {}))).toEqual({
      ok: false,
      code: 'invalid-file',
      message:
        'Could not import huge.csv. huge.csv has 10001 rows; an agenda is read from at most 4000 (a workshop holds at most 200 exercises and breaks).',
    })
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('says in words when a file is not a spreadsheet', async () => {
    const fake = join(app.outsideDir, 'agenda.xlsx')
    await writeFile(fake, 'Title,Minutes\nWelcome,10\n')
    app.os.nextOpenPath = fake
    expect(await api.importWorkshop({})).toEqual({
      ok: false,
      code: 'invalid-file',
      message:
        'Could not import agenda.xlsx. agenda.xlsx is not a spreadsheet: it is not an .xlsx file inside.',
    })
    const picture = join(app.outsideDir, 'photo.csv')
    await writeFile(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    app.os.nextOpenPath = picture
    expect(await api.importWorkshop({})).toMatchObject({
      ok: false,
      message:
        'Could not import photo.csv. photo.csv is not a spreadsheet or a CSV file: it holds binary data.',
    })
    const broken = join(app.outsideDir, 'broken.xlsx')
    await writeFile(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))
    app.os.nextOpenPath = broken
    expect(await api.importWorkshop({})).toMatchObject({
      ok: false,
      message:
        'Could not import broken.xlsx. broken.xlsx is not a spreadsheet Facilitator can read: save it as .xlsx or .csv and try again.',
    })
  })

  it('takes a dropped file as Import takes a chosen one', async () => {
    const dropped = valueOf(
      await api.importDroppedFile({
        fileName: 'plan.csv',
        base64: Buffer.from('\uFEFFTitle,Minutes\nWelcome,10\n').toString('base64'),
      }),
    )
    expect(dropped).toEqual({
      kind: 'sheet',
      sheet: { fileName: 'plan.csv', cells: [['Title', 'Minutes'], ['Welcome', '10'], ['']] },
    })
    expect(await api.importDroppedFile({ fileName: 'photo.png', base64: 'AAAA' })).toMatchObject({
      ok: false,
      code: 'invalid-file',
    })
  })
})

describe('the published schema in the library folder', () => {
  it('is copied beside the workshops, which name it, and a file naming it imports', async () => {
    const copy = await readFile(join(app.libraryDir, '.workshop.schema.json'), 'utf8')
    expect(copy).toBe(await readFile(join(resourcesDir, 'workshop.schema.json'), 'utf8'))
    const created = valueOf(await api.createWorkshop({ title: 'Hand edited' }))
    const path = join(app.libraryDir, fileNameOf(created.ref))
    const text = await readFile(path, 'utf8')
    expect(JSON.parse(text).$schema).toBe('./.workshop.schema.json')
    await writeFile(path, text.replace('"Hand edited"', '"Edited by hand"'))
    expect(valueOf(await api.openWorkshop({ ref: created.ref })).workshop.title).toBe(
      'Edited by hand',
    )
  })
})

function fileNameOf(ref: { source: string; fileName?: string }): string {
  if (ref.fileName === undefined) throw new Error('expected a library file')
  return ref.fileName
}

describe('what the sessions teach', () => {
  it('gives each item of a workshop its actual minutes across the sessions of that workshop', async () => {
    expect(valueOf(await api.getWorkshopHistory({ ref: builtin }))).toBeNull()
    const sessions = join(app.libraryDir, 'sessions')
    await mkdir(sessions, { recursive: true })
    const session = makeFinishedSession()
    for (const name of ['one', 'two'])
      await writeFile(
        join(sessions, `${name}.session.json`),
        JSON.stringify({ ...session, id: name, workshopRef: builtin }),
      )
    await writeFile(
      join(sessions, 'other.session.json'),
      JSON.stringify({
        ...session,
        id: 'other',
        workshopRef: { source: 'library', fileName: 'x.workshop.json' },
      }),
    )
    const history = valueOf(await api.getWorkshopHistory({ ref: builtin }))
    expect(history).toMatchObject({ workshopRef: builtin, sessions: 2 })
    const first = buildDebrief(session).rows[0]
    expect(history?.items[0]).toMatchObject({
      itemId: session.workshop.exercises[0]?.id,
      runs: 2,
      medianActual: first?.actualMinutes,
    })
  })
})

describe('the run report', () => {
  it('saves a session’s planned-against-actual minutes as a spreadsheet', async () => {
    const sessions = join(app.libraryDir, 'sessions')
    await mkdir(sessions, { recursive: true })
    const session = makeFinishedSession()
    await writeFile(join(sessions, 'march.session.json'), JSON.stringify(session))
    const target = join(app.outsideDir, 'report.xlsx')
    app.os.nextSavePath = target
    expect(
      valueOf(await api.exportRunReport({ fileName: 'march.session.json', format: 'xlsx' })),
    ).toEqual({
      path: target,
    })
    const rows = await readSheet(await readFile(target))
    expect(rows[0]).toEqual([
      '#',
      'Title',
      'Kind',
      'Planned minutes',
      'Actual minutes',
      'Difference',
      'Notes',
    ])
    expect(rows).toHaveLength(session.workshop.exercises.length + 2)
    expect(rows.at(-1)?.[1]).toBe('Total')
  })
})

describe('a session against the ones before it, and the report across sessions', () => {
  async function writeTwoSessions() {
    const sessions = join(app.libraryDir, 'sessions')
    await mkdir(sessions, { recursive: true })
    const session = makeFinishedSession()
    const day = 86_400_000
    const later = {
      ...session,
      id: 'later',
      workshopRef: builtin,
      startedAt: (session.startedAt ?? 0) + day,
      endedAt: (session.endedAt ?? 0) + day,
      timeline: session.timeline.map((event) => ({ ...event, at: event.at + day })),
    }
    await writeFile(
      join(sessions, 'first.session.json'),
      JSON.stringify({ ...session, id: 'first', workshopRef: builtin }),
    )
    await writeFile(join(sessions, 'later.session.json'), JSON.stringify(later))
    return session
  }

  it('compares the later session with the first, and the first with nothing', async () => {
    const session = await writeTwoSessions()
    expect(valueOf(await api.compareSession({ fileName: 'first.session.json' }))).toBeNull()
    const comparison = valueOf(await api.compareSession({ fileName: 'later.session.json' }))
    expect(comparison?.earlierSessions).toBe(1)
    expect(comparison?.items[0]?.typicalMinutes).toBe(buildDebrief(session).rows[0]?.actualMinutes)
    expect(comparison?.differenceMinutes).toBe(0)
  })

  it('saves the report across sessions as a spreadsheet and as CSV', async () => {
    await writeTwoSessions()
    const xlsx = join(app.outsideDir, 'across.xlsx')
    app.os.nextSavePath = xlsx
    expect(valueOf(await api.exportWorkshopReport({ ref: builtin, format: 'xlsx' }))).toEqual({
      path: xlsx,
    })
    const rows = await readSheet(await readFile(xlsx))
    expect(rows[0]?.[0]).toBe('Workshop')
    expect(rows[1]?.[3]).toBe(2)
    const csv = join(app.outsideDir, 'across.csv')
    app.os.nextSavePath = csv
    valueOf(await api.exportWorkshopReport({ ref: builtin, format: 'csv' }))
    expect((await readFile(csv, 'utf8')).split(/\r?\n/)[0]).toContain('Median actual')
  })

  it('says so when no session of the workshop has started', async () => {
    const result = await api.exportWorkshopReport({ ref: builtin, format: 'csv' })
    expect(result.ok).toBe(false)
  })
})
