import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunState } from '@common/domain/run/run-state'
import type { Note, Session } from '@common/domain/session/session'
import { readSessionFile } from '../../electron/services/session/read-session-file'
import { sessionFileName } from '../../electron/services/session/session-files'
import { AppendJournal } from '../../electron/services/storage/append-journal'
import { writeFileDurably } from '../../electron/services/storage/durable-write'
import { directBridge } from '../support/direct-bridge'
import { NOTE_SEEDS } from '../support/session-fixtures'
import { startTestServices } from '../support/test-services'
import { median, percentile, timeMs } from './stats'

const builtinRef = { source: 'builtin', id: 'mentoring-guide' } as const

/** `count` notes with the fixtures' texts and tags, as a long day of note-taking leaves them. */
function makeNotes(state: RunState, count: number, from: number): Note[] {
  return Array.from({ length: count }, (_, i) => {
    const [, , , tag, text] = NOTE_SEEDS[i % NOTE_SEEDS.length]!
    return {
      id: `seed-${String(i + 1)}`,
      at: from + i * 1_000,
      itemIndex: 0,
      phaseIndex: 0,
      itemTitle: state.workshop.exercises[0]!.title,
      phaseLabel: 'Welcome and frame',
      text,
      tag,
      editedAt: null,
    }
  })
}

export interface NoteSave {
  samples: number[]
  p95Ms: number
  fileKb: number
  /** Where one save's time goes, each part timed on its own (median ms). */
  parts: Record<string, number>
}

/**
 * Saves `samples` notes one after another through the real `addNote` call (validation, session
 * service, journal line on disk) in a session whose record already holds `existing` notes. The record is
 * put in place before the clock starts, so the service picks it up as the session's own, the way
 * it resumes a record after a restart.
 */
export async function measureNoteSave(existing: number, samples: number): Promise<NoteSave> {
  const app = await startTestServices()
  try {
    const bridge = directBridge(app)
    const started = await bridge.startRun({ ref: builtinRef, replace: true })
    if (!started.ok || started.value.state === null) throw new Error('could not start a run')
    const state = started.value.state
    const now = Date.now()
    const record: Session = {
      schemaVersion: 1,
      id: state.sessionId,
      workshopRef: state.workshopRef,
      workshop: state.workshop,
      startedAt: now,
      endedAt: null,
      place: '',
      facilitator: '',
      participantCount: null,
      plannedTotalMinutes: state.plannedTotalMinutes,
      timeline: [],
      notes: makeNotes(state, existing, now - existing * 1_000),
      roster: null,
    }
    const folder = join(app.libraryDir, 'sessions')
    const file = join(folder, sessionFileName(record, now))
    await mkdir(folder, { recursive: true })
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`)
    const running = await bridge.runCommand({ command: { type: 'start' } })
    if (!running.ok) throw new Error(running.message)

    const save = async (i: number) => {
      const saved = await bridge.addNote({
        text: `Bench note ${String(i)}: pairs swapped`,
        tag: null,
      })
      if (!saved.ok) throw new Error(saved.message)
    }
    for (let i = 0; i < 5; i += 1) await save(i)
    const times: number[] = []
    for (let i = 0; i < samples; i += 1) times.push(await timeMs(() => save(i)))

    // Proves the saves went into the big record's session (read as the app reads it after a
    // crash: the record with its journal applied) rather than a fresh one.
    const read = await readSessionFile(file)
    if (!read.ok) throw new Error(read.message)
    const saved = read.value.notes.length
    if (saved !== existing + 5 + samples)
      throw new Error(
        `the record holds ${String(saved)} notes, not ${String(existing + 5 + samples)}`,
      )
    const text = `${JSON.stringify(read.value, null, 2)}\n`
    return {
      samples: times,
      p95Ms: percentile(times, 95),
      fileKb: Buffer.byteLength(text) / 1024,
      parts: await timeSaveParts(read.value, folder),
    }
  } finally {
    await app.cleanUp()
  }
}

/**
 * Times what a note costs on disk now (one journal line, flushed) against what it cost when each
 * note rewrote the whole record (making its text, then writing it durably), which is what the
 * journal's fold still does once at the end of a session.
 */
async function timeSaveParts(session: Session, folder: string): Promise<Record<string, number>> {
  const journal = new AppendJournal(join(folder, '.parts.session.json.notes'))
  const change = { kind: 'added', note: session.notes.at(-1) }
  const append: number[] = []
  const serialise: number[] = []
  const write: number[] = []
  for (let i = 0; i < 15; i += 1) {
    append.push(await timeMs(() => journal.append(change)))
    let text = ''
    serialise.push(
      await timeMs(() => {
        text = `${JSON.stringify(session, null, 2)}\n`
        return Promise.resolve()
      }),
    )
    write.push(await timeMs(() => writeFileDurably(join(folder, 'parts.session.json'), text)))
  }
  await journal.close()
  return {
    'journal line (append, fdatasync)': median(append),
    'whole record: JSON.stringify (2-space)': median(serialise),
    'whole record: durable write': median(write),
  }
}
