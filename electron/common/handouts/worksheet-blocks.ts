import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces'
import type { WorksheetBlock } from '../domain/workshop/schema'
import { frameBlock, type WritingSpace } from './block-frame'
import { buildNetworkMap } from './network-map'
import type { HandoutTheme } from './theme'
import { buildTimeline } from './timeline'

/** Draws one worksheet block as labelled writing space. */
export function buildWorksheetBlock(block: WorksheetBlock, theme: HandoutTheme): Content {
  return frameBlock(block.label, block.hint, buildWritingSpace(block, theme), theme)
}

function buildWritingSpace(block: WorksheetBlock, theme: HandoutTheme): WritingSpace {
  switch (block.kind) {
    case 'lines':
      return buildRuledLines(block.lines, theme)
    case 'box':
      return buildBox(theme.boxHeights[block.size], theme)
    case 'table':
      return buildWritingTable(
        block.columns,
        block.rowLabels ?? [],
        Math.max(block.rows, block.rowLabels?.length ?? 0),
        theme,
      )
    case 'partnerGrid':
      return buildWritingTable(['Partner A', 'Partner B', 'Agreed'], block.fields, 0, theme, true)
    case 'timeline':
      return buildTimeline(block.markers, theme)
    case 'networkMap':
      return buildNetworkMap(block.centre, block.sectors, theme)
    case 'checkboxes':
      return buildCheckboxes(block.items, theme)
  }
}

/** Ruled lines one handwriting height apart, each its own piece so a long run can break. */
export function buildRuledLines(count: number, theme: HandoutTheme): WritingSpace {
  const line: ContentCanvas = {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: theme.lineGap,
        x2: theme.contentWidth,
        y2: theme.lineGap,
        lineWidth: 0.6,
        lineColor: theme.rule,
      },
    ],
  }
  return {
    parts: Array.from({ length: count }, () => structuredClone(line)),
    height: count * theme.lineGap,
  }
}

function buildBox(height: number, theme: HandoutTheme): WritingSpace {
  return {
    parts: [
      {
        canvas: [
          {
            type: 'rect',
            x: 0,
            y: 0,
            w: theme.contentWidth,
            h: height,
            r: 4,
            lineWidth: 0.8,
            lineColor: theme.rule,
          },
        ],
      },
    ],
    height,
  }
}

/**
 * A table to write in: headed columns, optional row labels down the left, and rows tall enough
 * for two lines of handwriting. Long tables break between rows and repeat their heading.
 */
export function buildWritingTable(
  columns: readonly string[],
  rowLabels: readonly string[],
  rows: number,
  theme: HandoutTheme,
  tintLastColumn = false,
): WritingSpace {
  const rowCount = Math.max(rows, rowLabels.length)
  const hasLabels = rowLabels.length > 0
  const head: TableCell[] = columns.map((column) => ({ text: column, style: 'tableHead' }))
  if (hasLabels) head.unshift({ text: '' })
  const body: TableCell[][] = [head]
  for (let row = 0; row < rowCount; row += 1) {
    const cells: TableCell[] = columns.map((_, column) => ({
      text: '',
      fillColor: tintLastColumn && column === columns.length - 1 ? '#f6f7f9' : undefined,
    }))
    if (hasLabels) cells.unshift({ text: rowLabels[row] ?? '', style: 'tableHead' })
    body.push(cells)
  }
  const rowHeight = columns.length >= 4 ? theme.rowHeight * 1.25 : theme.rowHeight
  const labelWidth = Math.round(theme.contentWidth * (columns.length === 1 ? 0.34 : 0.22))
  return {
    parts: [
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: hasLabels ? [labelWidth, ...columns.map(() => '*')] : columns.map(() => '*'),
          heights: (row: number) => (row === 0 ? 'auto' : rowHeight),
          body,
        },
        layout: {
          hLineWidth: () => 0.7,
          vLineWidth: () => 0.7,
          hLineColor: () => theme.rule,
          vLineColor: () => theme.rule,
          fillColor: (row: number, _node, column: number) =>
            row === 0 || (hasLabels && column === 0) ? theme.tint : null,
          paddingLeft: () => 6,
          paddingRight: () => 6,
          paddingTop: () => 5,
          paddingBottom: () => 5,
        },
      },
    ],
    height: 30 + rowCount * (rowHeight + 10),
  }
}

function buildCheckboxes(items: readonly string[], theme: HandoutTheme): WritingSpace {
  const size = theme.largePrint ? 15 : 11
  const parts: Content[] = items.map((item) => ({
    columns: [
      {
        width: size + 10,
        canvas: [
          {
            type: 'rect',
            x: 0,
            y: theme.body * 0.22,
            w: size,
            h: size,
            r: 1.5,
            lineWidth: 0.9,
            lineColor: theme.ink,
          },
        ],
      },
      { text: item, width: '*' },
    ],
    margin: [0, 0, 0, theme.largePrint ? 8 : 6],
  }))
  return { parts, height: items.length * (theme.body * 1.25 + 8) }
}
