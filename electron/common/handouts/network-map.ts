import type { CanvasElement, CanvasEllipse, Content } from 'pdfmake/interfaces'
import type { WritingSpace } from './block-frame'
import { roomForDrawing } from './page-fit'
import { estimateLineCount, placeText } from './placed-text'
import type { HandoutTheme } from './theme'
import { say } from './wording'

/** The map's diameter in points: 130 mm. */
const MAP_DIAMETER = (130 / 25.4) * 72

/**
 * A concentric network map: the person at the centre, a dashed ring halfway out (closer means
 * the people you turn to most), and one wedge per kind of help, labelled just inside the rim so
 * the map can use the full width of the page for writing.
 */
export function buildNetworkMap(
  centre: string,
  sectors: readonly string[],
  theme: HandoutTheme,
  headerHeight: number,
): WritingSpace {
  const legendHeight = theme.small * 2.6
  // 130 mm across in normal and large print alike (larger print has larger labels, not a
  // smaller map), narrower only where the page is, and never so large that its label is left
  // on the page before. At that size the map shares its page with the prompts before it.
  const radius = Math.min(
    MAP_DIAMETER / 2,
    theme.contentWidth / 2 - 2,
    (roomForDrawing(headerHeight, theme) - legendHeight - 4) / 2,
  )
  const middle = { x: theme.contentWidth / 2, y: radius + 2 }
  const core = radius * (theme.largePrint ? 0.17 : 0.15)
  const step = (Math.PI * 2) / sectors.length
  const start = -Math.PI / 2
  const shapes: CanvasElement[] = [
    ring(middle, radius, theme.ink, 1.4),
    {
      ...ring(middle, radius * 0.46, theme.rule, 0.8),
      dash: { length: 4, space: 3 },
    },
    ring(middle, core, theme.ink, 1.4),
  ]
  sectors.forEach((_, index) => {
    const angle = start + index * step
    shapes.push({
      type: 'line',
      x1: middle.x + core * Math.cos(angle),
      y1: middle.y + core * Math.sin(angle),
      x2: middle.x + radius * Math.cos(angle),
      y2: middle.y + radius * Math.sin(angle),
      lineWidth: 1,
      lineColor: theme.ink,
    })
  })
  const labelSize = theme.largePrint ? 12 : 9
  // Far enough in that a wrapped label's corners stay inside the rim on every side.
  const labelRadius = radius * 0.74
  const chord = 2 * labelRadius * Math.sin(Math.min(step / 2, Math.PI / 4))
  const wedgeWidth = Math.min(120, chord * 0.9)
  // Never narrower than the label's longest word, which would otherwise be broken in two.
  const widthFor = (sector: string) =>
    Math.max(wedgeWidth, ...sector.split(/\s+/).map((word) => word.length * labelSize * 0.6))
  const labels: Content[] = sectors.map((sector, index) => {
    const angle = start + (index + 0.5) * step
    const labelWidth = widthFor(sector)
    const lines = estimateLineCount(sector, labelSize, labelWidth)
    const height = lines * labelSize * 1.1
    return placeText(
      sector,
      {
        x: middle.x + labelRadius * Math.cos(angle) - labelWidth / 2,
        y: middle.y + labelRadius * Math.sin(angle) - height / 2,
        width: labelWidth,
      },
      { fontSize: labelSize, bold: true, color: theme.muted },
    )
  })
  const centreSize = theme.largePrint ? 16 : 12
  labels.push(
    placeText(
      centre,
      { x: middle.x - core, y: middle.y - centreSize * 0.6, width: core * 2 },
      { fontSize: centreSize, bold: true },
    ),
  )
  const legend: Content = {
    text: say(theme.intl, 'print.networkMap.legend'),
    style: 'hint',
    alignment: 'center',
    margin: [0, 8, 0, 0],
  }
  return {
    // Always kept whole: the labels are placed relative to the drawing, so a break between them
    // would print labels off the page. The map is sized to fit well inside one page.
    parts: [{ stack: [...labels, { canvas: shapes }, legend], unbreakable: true }],
    height: radius * 2 + 4 + legendHeight,
    firstHeight: radius * 2 + 4 + legendHeight,
    isDrawn: true,
  }
}

function ring(
  centre: { x: number; y: number },
  radius: number,
  lineColor: string,
  lineWidth: number,
): CanvasEllipse {
  return { type: 'ellipse', x: centre.x, y: centre.y, r1: radius, r2: radius, lineColor, lineWidth }
}
