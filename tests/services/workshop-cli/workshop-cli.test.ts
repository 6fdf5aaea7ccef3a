import { spawnSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { readSheet } from 'read-excel-file/node'
import { build } from 'vite'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import { itemMinutes } from '@common/domain/workshop/schedule'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { repoRoot } from '../../support/paths'
import { makeFinishedSession } from '../../support/session-fixtures'
import { makeTempFolder } from '../../support/temp-folders'
import { problemInEnglish } from '../../support/workshop-problem'

// The command is bundled exactly as `npm run workshop` bundles it, then run by plain node.
const cli = join(repoRoot, 'out/workshop-cli/workshop.mjs')
let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  await build({
    configFile: join(repoRoot, '.config/vite-workshop-cli.config.ts'),
    logLevel: 'silent',
  })
  folder = await makeTempFolder('workshop-cli')
})
afterAll(async () => {
  await folder.remove()
})

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run workshop', () => {
  it('exports the built-in agenda as xlsx and imports it back, printing each path', async () => {
    const out = join(folder.path, 'round-trip')
    const exported = run('export', 'builtin', '--format', 'xlsx', '--out', out)
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    const sheet = exported.stdout.trim()
    expect(sheet).toBe(join(out, 'mentoring-both-ways-agenda.xlsx'))
    expect((await readSheet(await readFile(sheet)))[0]?.[0]).toBe('Title')

    const imported = run('import', sheet, '--out', join(out, 'library'), '--title', 'Back again')
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout.trim()).toBe(join(out, 'library', 'back-again.workshop.json'))
    const parsed = parseWorkshopText(await readFile(imported.stdout.trim(), 'utf8'))
    if (!parsed.ok) throw new Error(problemInEnglish(parsed.problem))
    const builtin = loadBuiltinWorkshop()
    expect(parsed.workshop.exercises.map((i) => [i.title, itemMinutes(i)])).toEqual(
      builtin.exercises.map((i) => [i.title, itemMinutes(i)]),
    )
  })

  it('writes a calendar from a date and start', async () => {
    const result = run(
      'export',
      'builtin',
      '--format',
      'ics',
      '--date',
      '2026-12-03',
      '--start',
      '13:00',
      '--out',
      folder.path,
    )
    expect(result.code).toBe(0)
    const calendar = new ICAL.Component(ICAL.parse(await readFile(result.stdout.trim(), 'utf8')))
    const first = new ICAL.Event(calendar.getAllSubcomponents('vevent')[0])
    expect(first.startDate.hour).toBe(13)
  })

  it('imports with a mapping given by header name or column letter', async () => {
    const csv = join(folder.path, 'plan.csv')
    await writeFile(csv, 'What,How long,Who\nOpening,10,everyone\nPairs walk,20,pairs\n')
    const result = run(
      'import',
      csv,
      '--out',
      folder.path,
      '--map',
      'title=What,duration=B,grouping=Who',
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const parsed = parseWorkshopText(await readFile(result.stdout.trim(), 'utf8'))
    if (!parsed.ok) throw new Error(problemInEnglish(parsed.problem))
    expect(parsed.workshop.exercises.map((i) => itemMinutes(i))).toEqual([10, 20])
  })

  it('reports planned against actual across a library’s sessions', async () => {
    const library = join(folder.path, 'library')
    await mkdir(join(library, 'sessions'), { recursive: true })
    for (const [name, startedAt] of [
      ['a', Date.UTC(2026, 2, 3, 9)],
      ['b', Date.UTC(2026, 3, 3, 9)],
    ] as const) {
      const session = makeFinishedSession({ id: name })
      const shift = startedAt - (session.startedAt ?? 0)
      await writeFile(
        join(library, 'sessions', `${name}.session.json`),
        JSON.stringify({
          ...session,
          startedAt,
          endedAt: (session.endedAt ?? 0) + shift,
          timeline: session.timeline.map((event) => ({ ...event, at: event.at + shift })),
          notes: session.notes.map((note) => ({ ...note, at: note.at + shift })),
        }),
      )
    }
    const result = run('report', '--library', library, '--out', folder.path, '--format', 'csv')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const text = await readFile(result.stdout.trim(), 'utf8')
    // A byte-order mark, so Excel reads the text as UTF-8 (trim() takes it off below).
    expect(text.startsWith('\uFEFFWorkshop,')).toBe(true)
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe(
      'Workshop,Item,Kind,Sessions,Planned minutes,Median actual,Shortest,Longest,Ran over,Median difference',
    )
    expect(lines[1]).toMatch(/^Mentoring Both Ways,[^,]+,exercise,2,/)
  })

  it.each([
    [['frob'], 'workshop: “frob” is not a command: export, import or report'],
    [
      ['export', 'builtin', '--out', '/tmp'],
      'workshop: export: --format must be one of xlsx, csv, md, ics',
    ],
    [
      ['export', 'builtin', '--format', 'ics', '--out', '/tmp'],
      'workshop: export: --format ics needs --date YYYY-MM-DD',
    ],
    [
      ['import', '/etc/hostname', '--out', '/tmp'],
      'workshop: import: hostname is not an .xlsx, .csv or .tsv file',
    ],
    [
      ['import', '/nowhere/plan.csv', '--out', '/tmp'],
      'workshop: Could not import plan.csv: it cannot be read: ',
    ],
    [
      ['export', '/nowhere/x.workshop.json', '--format', 'md', '--out', '/tmp'],
      'workshop: cannot read /nowhere/x.workshop.json',
    ],
    [
      ['report', '--library', '/nowhere', '--out', '/tmp'],
      'workshop: /nowhere/sessions holds no session that started',
    ],
  ])('exits 1 with one line on bad input: %j', (args, line) => {
    const result = run(...args)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toContain(line)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
