import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { groupedExercises } from '@common/domain/grouping/session-roster'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { backupPathFor } from '../../../electron/services/storage/durable-write'
import { directBridge } from '../../support/direct-bridge'
import { ManualClock } from '../../support/manual-clock'
import { valueOf } from '../../support/result-value'
import { makeFinishedSession } from '../../support/session-fixtures'
import { startTestServices, type TestServices } from '../../support/test-services'
import { inEnglish } from '../../support/in-english'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
const rules = { size: 2, perExercise: true, mixBy: null, apart: [], together: [] }
let app: TestServices

beforeEach(async () => {
  app = await startTestServices({ clock: new ManualClock(T0) })
})
afterEach(async () => {
  await app.cleanUp()
})

function twelve() {
  const read = peopleFromLines('Ana\nBen\nCai\nDee\nEli\nFay\nGus\nHal\nIda\nJon\nKim\nLou\n')
  if (!read.ok) throw new Error(inEnglish(read.message))
  return read.people
}

async function sessionPath(): Promise<string> {
  const folder = join(app.libraryDir, 'sessions')
  const [file] = (await readdir(folder)).filter((name) => name.endsWith('.session.json'))
  return join(folder, file ?? '')
}

describe('a session’s roster', () => {
  it('draws a round for each grouped exercise and keeps it in the record from the start', async () => {
    const api = directBridge(app)
    const state = valueOf(await api.startRun({ ref: builtin, replace: false })).state
    const roster = valueOf(await api.arrangeGroups({ people: twelve(), rules, seed: 5 }))
    expect(roster.rounds.map((round) => round.exerciseId)).toEqual(
      groupedExercises(state!.workshop).map((exercise) => exercise.id),
    )
    expect(roster.rules.seed).toBe(5)
    // The same seed draws the same groups; a null seed draws another one.
    expect(valueOf(await api.arrangeGroups({ people: twelve(), rules, seed: 5 }))).toEqual(roster)
    expect(app.events.filter((e) => e.event === 'rosterChanged')).toHaveLength(2)
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    await expect
      .poll(async () => (await readdir(join(app.libraryDir, 'sessions'))).length)
      .toBeGreaterThan(0)
    await expect
      .poll(async () => valueOf(await readSessionFile(await sessionPath())).roster?.rules.seed)
      .toBe(5)
  })

  it('swaps two people by hand and saves the change', async () => {
    const api = directBridge(app)
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const roster = valueOf(await api.arrangeGroups({ people: twelve(), rules, seed: 9 }))
    const round = roster.rounds[0]!
    const [first] = round.groups[0]!
    const [second] = round.groups[1]!
    const swapped = valueOf(
      await api.changeRoster({
        change: {
          kind: 'swap',
          exerciseId: round.exerciseId,
          first: first!.personId,
          second: second!.personId,
        },
      }),
    )
    expect(swapped.rounds[0]!.groups[0]![0]!.personId).toBe(second!.personId)
    await expect
      .poll(async () => {
        const saved = valueOf(await readSessionFile(await sessionPath()))
        return saved.roster?.rounds[0]?.groups[1]?.[0]?.personId
      })
      .toBe(first!.personId)
  })

  it('refuses bad input with a message naming what is wrong, and keeps what was there', async () => {
    const api = directBridge(app)
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    const kept = valueOf(await api.arrangeGroups({ people: twelve(), rules, seed: 1 }))
    const tooBig = await api.arrangeGroups({
      people: twelve().slice(0, 3),
      rules: { ...rules, size: 4 },
      seed: 1,
    })
    expect(tooBig).toEqual({
      ok: false,
      code: 'invalid-argument',
      message:
        'The roster has 3 people, fewer than one group of 4. Choose smaller groups or add names.',
    })
    const empty = await api.arrangeGroups({ people: [], rules, seed: 1 })
    expect(empty).toMatchObject({
      ok: false,
      message: expect.stringContaining('at least one person') as string,
    })
    expect(valueOf(await api.getRoster({})).roster).toEqual(kept)
  })

  it('reads records written before rosters as having none, and removes a roster afterwards', async () => {
    const api = directBridge(app)
    const folder = join(app.libraryDir, 'sessions')
    await mkdir(folder, { recursive: true })
    // A record from before rosters: the field is not there at all.
    const old: Record<string, unknown> = { ...makeFinishedSession() }
    delete old.roster
    await writeFile(join(folder, 'old.session.json'), JSON.stringify(old))
    expect(valueOf(await api.openSession({ fileName: 'old.session.json' })).roster).toBeNull()

    const withNames = makeFinishedSession({
      roster: {
        people: twelve(),
        rules: { ...rules, seed: 3 },
        rounds: [
          {
            exerciseId: 'welcome',
            groups: [
              [
                { personId: 'p0', role: 'a' },
                { personId: 'p1', role: 'b' },
              ],
            ],
          },
        ],
        repeatNote: null,
      },
    })
    await writeFile(join(folder, 'named.session.json'), JSON.stringify(withNames))
    expect(
      valueOf(await api.openSession({ fileName: 'named.session.json' })).roster?.people,
    ).toHaveLength(12)
    valueOf(await api.clearRoster({ fileName: 'named.session.json' }))
    const text = await readFile(join(folder, 'named.session.json'), 'utf8')
    expect(JSON.parse(text)).toMatchObject({ roster: null })
    expect(text).not.toContain('"people"')
    // Nor does the backup copy every write keeps beside the record.
    const backup = await readFile(backupPathFor(join(folder, 'named.session.json')), 'utf8')
    expect(backup).not.toContain('"people"')
    expect(valueOf(await api.openSession({ fileName: 'named.session.json' })).roster).toBeNull()
  })
})
