import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'
import { buildDebrief } from '@common/domain/session/debrief'
import { readPdfInfo, readPdfText } from '../../support/poppler'
import { repoRoot, resourcesDir } from '../../support/paths'
import { makeTempFolder } from '../../support/temp-folders'
import { makeFinishedSession } from '../../support/session-fixtures'

// The command is bundled exactly as `npm run handouts` bundles it, then run by plain node.
const cli = join(repoRoot, 'out/cli/handouts.mjs')
let folder: Awaited<ReturnType<typeof makeTempFolder>>

beforeAll(async () => {
  await build({
    configFile: join(repoRoot, '.config/vite-handouts-cli.config.ts'),
    logLevel: 'silent',
  })
  folder = await makeTempFolder('handouts-cli')
})
afterAll(async () => {
  await folder.remove()
})

function run(args: string[], locale = 'en_GB.UTF-8') {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: locale, LC_PAPER: '', LANG: '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run handouts', () => {
  it('writes the pack and the run sheet for the built-in workshop and prints their paths', () => {
    const out = join(folder.path, 'default')
    const result = run(['builtin', '--out', out])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const paths = result.stdout.trim().split('\n')
    expect(paths).toEqual([
      join(out, 'mentoring-both-ways-participant-pack-a4.pdf'),
      join(out, 'mentoring-both-ways-run-sheet-a4.pdf'),
    ])
    for (const path of paths) expect(existsSync(path)).toBe(true)
    expect(Math.round(readPdfInfo(paths[0]!).height)).toBe(842)
  })

  it('takes Letter from a US locale, and large print and one exercise when asked', () => {
    const out = join(folder.path, 'one')
    const result = run(
      ['builtin', '--out', out, '--large-print', '--kind', 'exercise', '--exercise', 'close'],
      'en_US.UTF-8',
    )
    expect(result.code).toBe(0)
    const path = join(out, 'mentoring-both-ways-close-worksheet-letter-large-print.pdf')
    expect(result.stdout.trim()).toBe(path)
    expect(readPdfInfo(path).width).toBe(612)
    expect(readPdfText(path)).toContain('First 30 Days & Reciprocal Pledge')
  })

  it('reads a workshop file from disk', () => {
    const out = join(folder.path, 'file')
    const result = run([
      join(resourcesDir, 'workshops/mentoring-guide.workshop.json'),
      '--out',
      out,
      '--kind',
      'runsheet',
      '--paper',
      'letter',
    ])
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(join(out, 'mentoring-both-ways-run-sheet-letter.pdf'))
  })

  it('refuses bad arguments with the reason, the usage and exit code 2', () => {
    const result = run(['builtin', '--out', folder.path, '--paper', 'a3'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--paper must be a4 or letter, got "a3"')
    expect(result.stderr).toContain('usage: npm run handouts')
    expect(result.stdout).toBe('')
    expect(run([]).code).toBe(2)
  })

  it('names the field of an invalid workshop file and exits 1 without writing', async () => {
    const file = join(folder.path, 'broken.workshop.json')
    await writeFile(file, JSON.stringify({ schemaVersion: 1, title: 'Broken', exercises: [] }))
    const out = join(folder.path, 'broken-out')
    const result = run([file, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is not a valid workshop')
    expect(result.stderr).toMatch(/exercises: expected at least 1 exercise/)
    expect(existsSync(out)).toBe(false)
  })

  it('says when the file is missing or not JSON, or the exercise is unknown', async () => {
    expect(run([join(folder.path, 'nope.json'), '--out', folder.path]).stderr).toContain(
      'cannot read',
    )
    const notJson = join(folder.path, 'bad.json')
    await writeFile(notJson, '{ nope')
    const bad = run([notJson, '--out', folder.path])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('This file is not valid JSON: line 1, column 3')
    const unknown = run([
      'builtin',
      '--out',
      folder.path,
      '--kind',
      'exercise',
      '--exercise',
      'nope',
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no exercise with id "nope"')
  })

  it('writes a German pack with --lang de, and refuses an unknown language in one line', () => {
    const out = join(folder.path, 'german')
    const result = run(['builtin', '--out', out, '--kind', 'pack', '--lang', 'de'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const file = result.stdout.trim()
    const text = readPdfText(file)
    expect(text).toContain(`Seite 3 von ${String(readPdfInfo(file).pages)}`)
    expect(text).toContain('TEILNEHMERMAPPE')
    expect(text).not.toContain('PARTICIPANT PACK')
    const bad = run(['builtin', '--out', out, '--lang', 'xx'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe('handouts: --lang must be en, es, fr, de, got "xx"\n')
    expect(bad.stdout).toBe('')
  })
})

describe('npm run handouts -- --kind debrief', () => {
  it('writes the debrief as PDF and Markdown for a session file and prints both paths', async () => {
    const session = makeFinishedSession()
    const file = join(folder.path, 'march.session.json')
    await writeFile(file, JSON.stringify(session, null, 2))
    const out = join(folder.path, 'debrief')
    const result = run(['--kind', 'debrief', '--session', file, '--out', out])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [pdf, markdown] = result.stdout.trim().split('\n')
    expect(pdf).toBe(join(out, 'mentoring-both-ways-debrief-2026-03-03-a4.pdf'))
    expect(markdown).toBe(join(out, 'mentoring-both-ways-debrief-2026-03-03.md'))
    const text = readPdfText(pdf!)
    const written = await readFile(markdown!, 'utf8')
    for (const note of buildDebrief(session).actions) {
      expect(text).toContain(note.text)
      expect(written).toContain(note.text)
    }
  })

  it('writes the debrief in the session workshop language, or in the one --lang names', async () => {
    const session = makeFinishedSession()
    const file = join(folder.path, 'french.session.json')
    const french = { ...session, workshop: { ...session.workshop, language: 'fr' } }
    await writeFile(file, JSON.stringify(french, null, 2))
    const read = async (out: string, lang: string[]) => {
      const result = run(['--kind', 'debrief', '--session', file, '--out', out, ...lang])
      expect(result.stderr).toBe('')
      const [pdf, markdown] = result.stdout.trim().split('\n')
      return { pdf: readPdfText(pdf!), markdown: await readFile(markdown!, 'utf8') }
    }
    const own = await read(join(folder.path, 'debrief-fr'), [])
    expect(own.pdf).toContain('BILAN DE SESSION')
    expect(own.markdown).toContain('**Quand\u00a0:** mardi 3 mars 2026')
    const german = await read(join(folder.path, 'debrief-de'), ['--lang', 'de'])
    expect(german.pdf).toContain('NACHBESPRECHUNG')
    expect(german.markdown).toContain('**Wann:** Dienstag, 3. März 2026')
  })

  it('names the field of an invalid session file and exits 1 without writing', async () => {
    const session = makeFinishedSession()
    const file = join(folder.path, 'broken.session.json')
    const notes = session.notes.map((note, index) => (index === 2 ? { ...note, text: '  ' } : note))
    await writeFile(file, JSON.stringify({ ...session, participantCount: 'many', notes }))
    const out = join(folder.path, 'broken-debrief')
    const result = run(['--kind', 'debrief', '--session', file, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is not a valid session')
    expect(result.stderr).toMatch(/participantCount: expected number/)
    expect(result.stderr).toContain('notes[2].text: expected a note, got an empty text')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a workshop argument with a debrief, showing the usage', () => {
    const result = run(['builtin', '--kind', 'debrief', '--session', 'x.json', '--out', 'o'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('a debrief takes its workshop from the session file')
    expect(result.stderr).toContain('--kind debrief --session <session file>')
  })
})
