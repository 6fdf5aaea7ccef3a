import type { CustomTableLayout } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/** A quiet table: a tinted header row, thin rules between rows, no vertical lines. */
export function compactTableLayout(theme: HandoutTheme): CustomTableLayout {
  return {
    hLineWidth: (index: number) => (index === 1 ? 0.9 : 0.4),
    vLineWidth: () => 0,
    hLineColor: () => theme.rule,
    fillColor: (row: number) => (row === 0 ? theme.tint : null),
    paddingTop: () => 3,
    paddingBottom: () => 3,
    paddingLeft: () => 4,
    paddingRight: () => 4,
  }
}
