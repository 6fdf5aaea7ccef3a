import { defaultPaperForLocale } from '@common/handouts/paper'
import type { HandoutKind, Paper } from '@common/handouts/options'

/** What the handouts command was asked to do. */
export interface HandoutsCommand {
  /** A workshop file path, or `builtin` for the workshop that ships with the app. */
  source: string
  outDir: string
  paper: Paper
  largePrint: boolean
  /** The handouts to write; the pack and the run sheet when no `--kind` is given. */
  kinds: HandoutKind[]
  exerciseId?: string
  date?: string
  facilitator?: string
  place?: string
}

/** The usage text printed with every argument error. */
export const HANDOUTS_USAGE = `usage: npm run handouts -- <workshop file or "builtin"> --out <dir>
         [--paper a4|letter] [--large-print] [--kind pack|runsheet|exercise --exercise <id>]
         [--date <text>] [--facilitator <text>] [--place <text>]`

const valueOptions = [
  '--out',
  '--paper',
  '--kind',
  '--exercise',
  '--date',
  '--facilitator',
  '--place',
]

/**
 * Reads the command's arguments. Never throws: a mistake comes back as a message that names the
 * argument. The paper defaults to the one usual for `locale` (Letter in the US, A4 in most places).
 */
export function parseHandoutsArgs(
  args: readonly string[],
  locale: string,
): { ok: true; command: HandoutsCommand } | { ok: false; message: string } {
  const values = new Map<string, string>()
  const positionals: string[] = []
  let largePrint = false
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? ''
    const [name, inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined]
    if (name === '--large-print') {
      if (inline !== undefined) return failWith('--large-print takes no value')
      largePrint = true
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
  const [source, ...extra] = positionals
  if (source === undefined || source.trim() === '') {
    return failWith('expected a workshop file, or "builtin"')
  }
  if (extra.length > 0) return failWith(`unexpected argument ${extra[0] ?? ''}`)
  const outDir = values.get('--out')
  if (outDir === undefined || outDir.trim() === '') return failWith('--out <dir> is required')
  const paper = values.get('--paper') ?? defaultPaperForLocale(locale)
  if (paper !== 'a4' && paper !== 'letter') {
    return failWith(`--paper must be a4 or letter, got "${paper}"`)
  }
  const kind = values.get('--kind')
  if (kind !== undefined && kind !== 'pack' && kind !== 'runsheet' && kind !== 'exercise') {
    return failWith(`--kind must be pack, runsheet or exercise, got "${kind}"`)
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
      kinds: kind === undefined ? ['pack', 'runsheet'] : [kind],
      exerciseId,
      date: values.get('--date'),
      facilitator: values.get('--facilitator'),
      place: values.get('--place'),
    },
  }
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=')
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)]
}

function failWith(message: string): { ok: false; message: string } {
  return { ok: false, message }
}
