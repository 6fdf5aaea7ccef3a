import { writeFile } from 'node:fs/promises'
import { roundTo } from './stats'

/** One measured figure, with the target it is held to (if any) and whether it meets it. */
export interface Metric {
  name: string
  value: number
  unit: string
  /** The target as a reader would say it ("≤ 17 ms"); empty for figures shown for context. */
  target: string
  /** Null when the figure has no target of its own. */
  met: boolean | null
}

/** A figure with no target: shown so a trend in another figure can be read (e.g. 1× per page). */
export function contextMetric(name: string, value: number, unit: string): Metric {
  return { name, value, unit, target: '', met: null }
}

export function atMost(name: string, value: number, unit: string, limit: number): Metric {
  return { name, value, unit, target: `≤ ${String(limit)} ${unit}`, met: value <= limit }
}

export function atLeast(name: string, value: number, unit: string, limit: number): Metric {
  return { name, value, unit, target: `≥ ${String(limit)} ${unit}`, met: value >= limit }
}

export function below(name: string, value: number, unit: string, limit: number): Metric {
  return { name, value, unit, target: `< ${String(limit)} ${unit}`, met: value < limit }
}

function formatValue(value: number): string {
  return String(roundTo(value, Math.abs(value) >= 100 ? 1 : 3))
}

/** The table printed at the end of a run: one row per figure, padded into columns. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = [
    ['name', 'value', 'unit', 'target', 'met?'],
    ...metrics.map((m) => [
      m.name,
      formatValue(m.value),
      m.unit,
      m.target,
      m.met === null ? '' : m.met ? 'yes' : 'NO',
    ]),
  ]
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  )
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '))
  return lines.join('\n')
}

/** Writes `{"metrics": {"<name>": {"value", "unit"}}}`, the shape other tools read. */
export async function writeJsonReport(file: string, metrics: readonly Metric[]): Promise<void> {
  const entries = metrics.map((m) => [m.name, { value: roundTo(m.value, 3), unit: m.unit }])
  await writeFile(file, `${JSON.stringify({ metrics: Object.fromEntries(entries) }, null, 2)}\n`)
}
