import { defaultPaperForLocale } from '@common/handouts/paper'
import type { HandoutKind, Paper } from '@common/handouts/options'
import { languages, type Language } from '@common/i18n/locales'

/** What the handouts command was asked to do. */
export interface HandoutsCommand {
  /** A workshop file path, or `builtin` for the workshop that ships with the app. */
  source: string
  outDir: string
  paper: Paper
  largePrint: boolean
  /** The language of the words around the workshop's own; the workshop's when not given. */
  language?: Language
  /** Start each exercise of a pack on a right-hand page, for printing on both sides. */
  duplex: boolean
  /** The handouts to write; the pack and the run sheet when no `--kind` is given. */
  kinds: HandoutKind[]
  exerciseId?: string
  /** Expected participants, for the run sheet's material quantities. */
  participants?: number
  date?: string
  facilitator?: string
  place?: string
}

/**
 * A session's debrief: the PDF and the Markdown beside it. The workshop, date, place and
 * facilitator all come from the session file, so none of them is given on the command line.
 */
export interface DebriefCommand {
  sessionFile: string
  outDir: string
  paper: Paper
  largePrint: boolean
  /** The language of the debrief's words; the workshop's (the session was run in it) when not given. */
  language?: Language
}

/** The usage text printed with every argument error. */
export const HANDOUTS_USAGE = `usage: npm run handouts -- <workshop file or "builtin"> --out <dir>
         [--paper a4|letter] [--large-print] [--lang en|es|fr|de]
         [--kind pack|runsheet|exercise --exercise <id>]
         [--duplex] [--participants <number>] [--date <text>] [--facilitator <text>] [--place <text>]
       npm run handouts -- --kind debrief --session <session file> --out <dir>
         [--paper a4|letter] [--large-print] [--lang en|es|fr|de]
         (a debrief takes its workshop, date, place and facilitator from the session file,
          and writes a PDF and a Markdown file with the same name)`

/** True when the command asks for a session's debrief rather than workshop handouts. */
export function isDebriefCommand(
  command: HandoutsCommand | DebriefCommand,
): command is DebriefCommand {
  return 'sessionFile' in command
}

const valueOptions = [
  '--out',
  '--paper',
  '--kind',
  '--exercise',
  '--date',
  '--facilitator',
  '--place',
  '--session',
  '--participants',
  '--lang',
]

/**
 * Reads the command's arguments. Never throws: a mistake comes back as a message that names the
 * argument. The paper defaults to the one usual for `locale` (Letter in the US, A4 in most places).
 */
export function parseHandoutsArgs(
  args: readonly string[],
  locale: string,
): { ok: true; command: HandoutsCommand | DebriefCommand } | ArgsFailure {
  const values = new Map<string, string>()
  const positionals: string[] = []
  let largePrint = false
  let duplex = false
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? ''
    const [name, inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined]
    if (name === '--large-print') {
      if (inline !== undefined) return failWith('--large-print takes no value')
      largePrint = true
    } else if (name === '--duplex') {
      if (inline !== undefined) return failWith('--duplex takes no value')
      duplex = true
    } else if (valueOptions.includes(name)) {
      const value = inline ?? args[index + 1]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return failWith(`${name} needs a value`)
      }
      if (inline === undefined) index += 1
      if (values.has(name)) return failWith(`${name} is given twice`)
      values.set(name, value)
    } else if (name.startsWith('-') && name !== '-') {
      return failWith(`unknown option ${name}`)
    } else {
      positionals.push(arg)
    }
  }
  const language = values.get('--lang')
  // A language the app does not speak is one line on its own, exit 1: the usage would only
  // repeat the four codes the line already names.
  if (language !== undefined && !isLanguage(language)) {
    return { ...failWith(`--lang must be ${languages.join(', ')}, got "${language}"`), alone: true }
  }
  const kind = values.get('--kind')
  if (kind === 'debrief') {
    if (duplex) return failWith('--duplex goes with the pack, not with --kind debrief')
    return parseDebriefArgs(values, positionals, largePrint, locale, language)
  }
  if (values.has('--session')) return failWith('--session goes with --kind debrief')
  const [source, ...extra] = positionals
  if (source === undefined || source.trim() === '') {
    return failWith('expected a workshop file, or "builtin"')
  }
  if (extra.length > 0) return failWith(`unexpected argument ${extra[0] ?? ''}`)
  const outDir = values.get('--out')
  if (outDir === undefined || outDir.trim() === '') return failWith('--out <dir> is required')
  const paper = values.get('--paper') ?? defaultPaperForLocale(locale)
  if (paper !== 'a4' && paper !== 'letter') return failWith(describeBadPaper(paper))
  if (kind !== undefined && kind !== 'pack' && kind !== 'runsheet' && kind !== 'exercise') {
    return failWith(`--kind must be pack, runsheet, exercise or debrief, got "${kind}"`)
  }
  // Refused rather than ignored: only the pack has exercises to start on right-hand pages.
  if (duplex && (kind === 'runsheet' || kind === 'exercise')) {
    return failWith('--duplex goes with the pack (leave out --kind, or use --kind pack)')
  }
  const participantsText = values.get('--participants')
  const participants = participantsText === undefined ? undefined : Number(participantsText)
  if (
    participants !== undefined &&
    (!Number.isInteger(participants) || participants < 1 || participants > 1000)
  ) {
    return failWith(
      `--participants must be a whole number from 1 to 1000, got "${participantsText ?? ''}"`,
    )
  }
  const exerciseId = values.get('--exercise')
  if (kind === 'exercise' && exerciseId === undefined) {
    return failWith('--kind exercise needs --exercise <id>')
  }
  if (exerciseId !== undefined && kind !== 'exercise') {
    return failWith('--exercise goes with --kind exercise')
  }
  return {
    ok: true,
    command: {
      source,
      outDir,
      paper,
      largePrint,
      language,
      duplex,
      kinds: kind === undefined ? ['pack', 'runsheet'] : [kind],
      exerciseId,
      participants,
      date: values.get('--date'),
      facilitator: values.get('--facilitator'),
      place: values.get('--place'),
    },
  }
}

function parseDebriefArgs(
  values: Map<string, string>,
  positionals: string[],
  largePrint: boolean,
  locale: string,
  language: Language | undefined,
): { ok: true; command: DebriefCommand } | { ok: false; message: string } {
  // Refused rather than ignored: a workshop or detail given here would silently not appear.
  const [first] = positionals
  if (first !== undefined) {
    return failWith(`a debrief takes its workshop from the session file; leave out ${first}`)
  }
  for (const name of ['--exercise', '--date', '--facilitator', '--place', '--participants']) {
    if (values.has(name)) return failWith(`${name} does not go with --kind debrief`)
  }
  const sessionFile = values.get('--session')
  if (sessionFile === undefined || sessionFile.trim() === '') {
    return failWith('--kind debrief needs --session <session file>')
  }
  const outDir = values.get('--out')
  if (outDir === undefined || outDir.trim() === '') return failWith('--out <dir> is required')
  const paper = values.get('--paper') ?? defaultPaperForLocale(locale)
  if (paper !== 'a4' && paper !== 'letter') return failWith(describeBadPaper(paper))
  return { ok: true, command: { sessionFile, outDir, paper, largePrint, language } }
}

function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value)
}

function describeBadPaper(paper: string): string {
  return `--paper must be a4 or letter, got "${paper}"`
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=')
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)]
}

/** A mistake in the arguments; `alone` when its line says all there is, without the usage. */
export interface ArgsFailure {
  ok: false
  message: string
  alone?: boolean
}

function failWith(message: string): ArgsFailure {
  return { ok: false, message }
}
