import { parseArgs } from 'node:util'
import { agendaFormats, type AgendaFormat } from '@common/api/library-types'
import { sheetFields, type SheetField } from '@common/domain/workshop/sheet/sheet-mapping'

/** The usage text printed with every argument error. */
export const WORKSHOP_USAGE = `usage: npm run workshop -- export <builtin|FILE> --format xlsx|csv|ics|md --out DIR
         [--date YYYY-MM-DD --start HH:MM --place TEXT]   (--date is needed for ics)
       npm run workshop -- import <FILE.xlsx|FILE.csv> --out DIR [--title TEXT]
         [--map title=Col,duration=Col,...]   (a header's name or a column letter;
          fields: ${sheetFields.join(', ')}; else guessed from the headers)
       npm run workshop -- report --library DIR --out DIR [--format csv|xlsx]`

export type WorkshopCommand =
  | {
      command: 'export'
      source: string
      format: AgendaFormat
      outDir: string
      date: string | null
      start: string | null
      place: string
    }
  | {
      command: 'import'
      source: string
      outDir: string
      title: string | null
      map: Partial<Record<SheetField, string>> | null
    }
  | { command: 'report'; libraryDir: string; outDir: string; format: 'csv' | 'xlsx' }

export type ParsedArgs = { ok: true; command: WorkshopCommand } | { ok: false; message: string }

function readMap(text: string): Partial<Record<SheetField, string>> | string {
  const map: Partial<Record<SheetField, string>> = {}
  for (const pair of text.split(',')) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim())
    if (!(sheetFields as readonly string[]).includes(field))
      return `--map: “${field}” is not a field; the fields are ${sheetFields.join(', ')}`
    if (column === '') return `--map: give a column for ${field}, as ${field}=Title`
    map[field as SheetField] = column
  }
  return map
}

/** Reads the command line of `workshop`; a problem comes back as one line naming it. */
export function parseWorkshopArgs(args: readonly string[]): ParsedArgs {
  let values: Record<string, string | undefined>
  let positionals: string[]
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        start: { type: 'string' },
        place: { type: 'string' },
        title: { type: 'string' },
        map: { type: 'string' },
        library: { type: 'string' },
      },
    })
    values = parsed.values
    positionals = parsed.positionals
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    }
  }
  const [command, source, ...extra] = positionals
  const outDir = values.out
  if (extra.length > 0) return { ok: false, message: `unexpected argument “${extra[0] ?? ''}”` }
  if (
    command !== undefined &&
    ['export', 'import', 'report'].includes(command) &&
    outDir === undefined
  )
    return { ok: false, message: `${command}: --out DIR is needed` }
  switch (command) {
    case 'export': {
      const format = values.format
      if (source === undefined)
        return { ok: false, message: 'export: name a workshop file or builtin' }
      if (format === undefined || !(agendaFormats as readonly string[]).includes(format))
        return { ok: false, message: `export: --format must be one of ${agendaFormats.join(', ')}` }
      if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
        return { ok: false, message: `export: --date “${values.date}” is not YYYY-MM-DD` }
      if (format === 'ics' && values.date === undefined)
        return { ok: false, message: 'export: --format ics needs --date YYYY-MM-DD' }
      if (values.start !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.start))
        return { ok: false, message: `export: --start “${values.start}” is not HH:MM (24-hour)` }
      return {
        ok: true,
        command: {
          command,
          source,
          format: format as AgendaFormat,
          outDir: outDir ?? '',
          date: values.date ?? null,
          start: values.start ?? null,
          place: values.place ?? '',
        },
      }
    }
    case 'import': {
      if (source === undefined) return { ok: false, message: 'import: name an .xlsx or .csv file' }
      const map = values.map === undefined ? null : readMap(values.map)
      if (typeof map === 'string') return { ok: false, message: `import: ${map}` }
      return {
        ok: true,
        command: { command, source, outDir: outDir ?? '', title: values.title ?? null, map },
      }
    }
    case 'report': {
      const format = values.format ?? 'csv'
      if (values.library === undefined)
        return { ok: false, message: 'report: --library DIR is needed' }
      if (format !== 'csv' && format !== 'xlsx')
        return { ok: false, message: 'report: --format must be csv or xlsx' }
      return {
        ok: true,
        command: { command, libraryDir: values.library, outDir: outDir ?? '', format },
      }
    }
    default:
      return {
        ok: false,
        message:
          command === undefined
            ? 'name a command: export, import or report'
            : `“${command}” is not a command: export, import or report`,
      }
  }
}
