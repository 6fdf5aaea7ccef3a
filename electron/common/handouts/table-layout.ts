import type { CustomTableLayout } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/**
 * A quiet table: a tinted header row, thin rules between rows, no vertical lines. `headRow` is
 * the index of the column-heading row, when rows above it carry a heading for the whole table.
 */
export function compactTableLayout(theme: HandoutTheme, headRow = 0): CustomTableLayout {
  return {
    hLineWidth: (index: number) => (index === headRow + 1 ? 0.9 : 0.4),
    vLineWidth: () => 0,
    hLineColor: () => theme.rule,
    fillColor: (row: number) => (row === headRow ? theme.tint : null),
    paddingTop: () => 3,
    paddingBottom: () => 3,
    paddingLeft: () => 4,
    paddingRight: () => 4,
  }
}
