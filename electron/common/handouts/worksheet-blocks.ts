import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces'
import type { WorksheetBlock } from '../domain/workshop/schema'
import { estimateHeaderHeight, frameBlock, type WritingSpace } from './block-frame'
import { buildNetworkMap } from './network-map'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
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
      // Each cell takes a short answer ("every other Tuesday, 45 min"): a line and a half.
      return buildWritingTable(['Partner A', 'Partner B', 'Agreed'], block.fields, 0, theme, {
        tintLastColumn: true,
        rowHeight: theme.lineGap * 1.5,
      })
    case 'timeline':
      return buildTimeline(block.markers, theme)
    case 'networkMap':
      return buildNetworkMap(
        block.centre,
        block.sectors,
        theme,
        estimateHeaderHeight(block.label, block.hint, theme),
      )
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
    firstHeight: theme.lineGap,
    isDrawn: true,
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
    firstHeight: height,
    isDrawn: true,
  }
}

/**
 * A table to write in: headed columns, optional row labels down the left, and rows tall enough
 * for two lines of handwriting. Long tables break between rows and repeat their heading; a row
 * whose label is too long to surely fit a page may break inside, so no label is ever lost.
 */
export function buildWritingTable(
  columns: readonly string[],
  rowLabels: readonly string[],
  rows: number,
  theme: HandoutTheme,
  shape: { tintLastColumn?: boolean; rowHeight?: number } = {},
): WritingSpace {
  const rowCount = Math.max(rows, rowLabels.length)
  const hasLabels = rowLabels.length > 0
  const tintLastColumn = shape.tintLastColumn === true
  const rowHeight =
    shape.rowHeight ?? (columns.length >= 4 ? theme.rowHeight * 1.25 : theme.rowHeight)
  // The label column is as wide as its longest label needs, up to a share of the page, so the
  // writing columns keep the rest: "Idea 1" needs a narrow column, a question a wide one.
  const longest = Math.max(0, ...rowLabels.map((label) => label.length))
  const labelWidth = Math.round(
    Math.min(
      theme.contentWidth * (columns.length === 1 ? 0.34 : 0.22),
      Math.max(theme.contentWidth * 0.1, longest * (theme.small + 0.5) * 0.6 + 14),
    ),
  )
  const columnWidth = (theme.contentWidth - (hasLabels ? labelWidth : 0)) / columns.length - 12
  const headSize = theme.small + 0.5
  const headHeight =
    Math.max(...columns.map((column) => estimateTextHeight(column, headSize, columnWidth))) + 10
  const rowHeights = Array.from({ length: rowCount }, (_, row) =>
    Math.max(rowHeight, estimateTextHeight(rowLabels[row] ?? '', headSize, labelWidth - 12)),
  )
  const rowsFit = rowHeights.every((height) => fitsOnOnePage(headHeight + height, theme))
  const firstFits = fitsOnOnePage(headHeight * 2 + (rowHeights[0] ?? 0), theme)
  const build = (labelRow: Content | undefined): Content => {
    const width = columns.length + (hasLabels ? 1 : 0)
    const head: TableCell[] = columns.map((column) => ({ text: column, style: 'tableHead' }))
    if (hasLabels) head.unshift({ text: '' })
    const body: TableCell[][] = [head]
    if (labelRow !== undefined) {
      body.unshift([
        // The label row sits flush with the other blocks' labels, outside the ruled grid.
        {
          stack: [labelRow],
          colSpan: width,
          border: [false, false, false, false],
          margin: [-6, 0, 0, 0],
        },
        ...Array.from({ length: width - 1 }, (): TableCell => ({
          text: '',
          border: [false, false, false, false],
        })),
      ])
    }
    for (let row = 0; row < rowCount; row += 1) {
      const cells: TableCell[] = columns.map((_, column) => ({
        text: '',
        fillColor: tintLastColumn && column === columns.length - 1 ? theme.softTint : undefined,
      }))
      if (hasLabels) cells.unshift({ text: rowLabels[row] ?? '', style: 'tableHead' })
      body.push(cells)
    }
    const headRow = labelRow === undefined ? 0 : 1
    return {
      table: {
        headerRows: headRow + 1,
        keepWithHeaderRows: labelRow !== undefined && firstFits ? 1 : undefined,
        dontBreakRows: rowsFit,
        widths: hasLabels ? [labelWidth, ...columns.map(() => '*')] : columns.map(() => '*'),
        heights: (row: number) => (row <= headRow ? 'auto' : rowHeight),
        body,
      },
      layout: {
        // No rule above a label row: the label reads as the block's heading, not as a cell.
        hLineWidth: (index: number) => (index === 0 && headRow > 0 ? 0 : 0.7),
        vLineWidth: () => 0.7,
        hLineColor: () => theme.rule,
        vLineColor: () => theme.rule,
        fillColor: (row: number, _node, column: number) =>
          row === headRow || (row > headRow && hasLabels && column === 0) ? theme.tint : null,
        paddingLeft: () => 6,
        paddingRight: () => 6,
        paddingTop: (row: number) => (row < headRow ? 0 : 5),
        paddingBottom: () => 5,
      },
    }
  }
  const bodyHeight = rowHeights.reduce((sum, height) => sum + height + 10, 0)
  return {
    parts: [build(undefined)],
    height: headHeight + bodyHeight,
    firstHeight: headHeight + bodyHeight,
    withLabelRow: build,
  }
}

function buildCheckboxes(items: readonly string[], theme: HandoutTheme): WritingSpace {
  const size = theme.largePrint ? 15 : 11
  const gap = theme.largePrint ? 8 : 6
  const heights = items.map(
    (item) => estimateTextHeight(item, theme.body, theme.contentWidth - size - 10) + gap,
  )
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
    margin: [0, 0, 0, gap],
  }))
  return {
    parts,
    height: heights.reduce((sum, height) => sum + height, 0),
    firstHeight: heights[0] ?? 0,
  }
}
