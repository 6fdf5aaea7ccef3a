import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces'
import type { WorksheetBlock } from '../domain/workshop/schema'
import { sizeAnswerSpace } from './answer-space'
import { estimateHeaderHeight, frameBlock, type WritingSpace } from './block-frame'
import { buildNetworkMap } from './network-map'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { say } from './wording'
import { buildTimeline } from './timeline'

/** Draws one worksheet block as labelled writing space. */
export function buildWorksheetBlock(block: WorksheetBlock, theme: HandoutTheme): Content {
  return frameBlock(block.label, block.hint, buildWritingSpace(block, theme), theme)
}

/**
 * An exercise's worksheet, block after block. A small last block (a checkbox or two, a line to
 * fill in) stays on the page of the block before it, so it never ends up alone on a page.
 */
export function buildWorksheet(blocks: readonly WorksheetBlock[], theme: HandoutTheme): Content[] {
  const drawn = blocks.map((block) => buildWorksheetBlock(block, theme))
  const last = blocks.at(-1)
  const before = blocks.at(-2)
  if (last === undefined || before === undefined) return drawn
  const height = (block: WorksheetBlock) =>
    estimateHeaderHeight(block.label, block.hint, theme) + buildWritingSpace(block, theme).height
  const isSmall = height(last) <= theme.contentHeight / 6
  if (!isSmall || !fitsOnOnePage(height(before) + height(last) + theme.body * 3, theme)) {
    return drawn
  }
  return [...drawn.slice(0, -2), { stack: drawn.slice(-2), unbreakable: true }]
}

function buildWritingSpace(block: WorksheetBlock, theme: HandoutTheme): WritingSpace {
  switch (block.kind) {
    case 'lines':
    case 'box': {
      const space = sizeAnswerSpace(block, theme)
      return space.kind === 'lines'
        ? buildRuledLines(space.lines, theme)
        : buildBox(space.height, theme)
    }
    case 'table':
      return buildWritingTable(
        block.columns,
        block.rowLabels ?? [],
        Math.max(block.rows, block.rowLabels?.length ?? 0),
        theme,
      )
    case 'partnerGrid':
      // Each cell takes a short answer ("every other Tuesday, 45 min"): a line and a half.
      return buildWritingTable(
        [
          say(theme.intl, 'print.worksheet.partnerA'),
          say(theme.intl, 'print.worksheet.partnerB'),
          say(theme.intl, 'print.worksheet.agreed'),
        ],
        block.fields,
        0,
        theme,
        {
          tintLastColumn: true,
          rowHeight: theme.lineGap * 1.5,
          // The questions down the left are long: a wider column keeps each to two lines.
          labelShare: 0.32,
        },
      )
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
 * for two lines of handwriting. A table that cannot fit on one page runs on in chunks of whole
 * rows, each chunk under the label marked "(continued)" and the column heads; a row whose label
 * is too long to surely fit a page may break inside, so no label is ever lost.
 */
export function buildWritingTable(
  columns: readonly string[],
  rowLabels: readonly string[],
  rows: number,
  theme: HandoutTheme,
  shape: { tintLastColumn?: boolean; rowHeight?: number; labelShare?: number } = {},
): WritingSpace {
  const rowCount = Math.max(rows, rowLabels.length)
  const hasLabels = rowLabels.length > 0
  const tintLastColumn = shape.tintLastColumn === true
  // Two lines of handwriting; a line and a half in a table of four or more columns, whose
  // narrow cells take short entries (a date, a name, a format).
  const rowHeight = shape.rowHeight ?? (columns.length >= 4 ? theme.lineGap * 1.5 : theme.rowHeight)
  // The label column is as wide as its longest label needs, up to a share of the page, so the
  // writing columns keep the rest: "Idea 1" needs a narrow column, a question a wide one.
  const longest = Math.max(0, ...rowLabels.map((label) => label.length))
  const labelWidth = Math.round(
    Math.min(
      theme.contentWidth * (shape.labelShare ?? (columns.length === 1 ? 0.34 : 0.22)),
      Math.max(theme.contentWidth * 0.1, longest * (theme.small + 0.5) * 0.6 + 14),
    ),
  )
  const columnWidth = (theme.contentWidth - (hasLabels ? labelWidth : 0)) / columns.length - 12
  const headSize = theme.small + 0.5
  const headHeight =
    Math.max(...columns.map((column) => estimateTextHeight(column, headSize, columnWidth))) + 10
  const labelHeights = Array.from({ length: rowCount }, (_, row) =>
    estimateTextHeight(rowLabels[row] ?? '', headSize, labelWidth - 12),
  )
  const rowHeights = labelHeights.map((height) => Math.max(rowHeight, height))
  const rowsFit = rowHeights.every((height) => fitsOnOnePage(headHeight + height, theme))
  const build = (from: number, to: number): Content => {
    const head: TableCell[] = columns.map((column) => ({ text: column, style: 'tableHead' }))
    if (hasLabels) head.unshift({ text: '' })
    const body: TableCell[][] = [head]
    for (let row = from; row < to; row += 1) {
      const cells: TableCell[] = columns.map((_, column) => ({
        text: '',
        fillColor: tintLastColumn && column === columns.length - 1 ? theme.softTint : undefined,
      }))
      if (hasLabels) cells.unshift({ text: rowLabels[row] ?? '', style: 'tableHead' })
      body.push(cells)
    }
    return {
      table: {
        headerRows: 1,
        dontBreakRows: rowsFit,
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
    }
  }
  const bodyHeight = rowHeights.reduce((sum, height) => sum + height + 10, 0)
  const labelText = labelHeights.reduce(
    (sum, height, row) => sum + (height > (rowHeights[row] ?? 0) - 1 ? height : 0),
    0,
  )
  return {
    parts: [build(0, rowCount)],
    height: headHeight + bodyHeight,
    firstHeight: headHeight + bodyHeight,
    // Rows are drawn at a fixed height; only the heads and any overlong row label are estimates.
    textHeight: headHeight + labelText,
    inChunks: (header, headerHeight) => {
      const chunks: Content[] = []
      let from = 0
      while (from < rowCount) {
        // Estimated text (the block's label and hint, the column heads) and the drawn rows.
        const text = headerHeight(from > 0) + headHeight
        let to = from + 1
        let height = (rowHeights[from] ?? 0) + 10
        while (to < rowCount && fitsOnOnePage(text, theme, height + (rowHeights[to] ?? 0) + 10)) {
          height += (rowHeights[to] ?? 0) + 10
          to += 1
        }
        const chunkFits = fitsOnOnePage(text, theme, height)
        chunks.push({
          stack: [header(from > 0), build(from, to)],
          unbreakable: chunkFits,
          margin: [0, from > 0 ? 8 : 0, 0, 0],
        })
        from = to
      }
      return chunks
    },
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
