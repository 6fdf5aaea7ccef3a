import type { CanvasElement, Content } from 'pdfmake/interfaces'
import type { WritingSpace } from './block-frame'
import { placeText } from './placed-text'
import type { HandoutTheme } from './theme'

/**
 * A timeline running down the page: numbered markers on a spine, each with two ruled lines for
 * the moment and why it mattered. Running it vertically gives every marker full-width writing
 * space, where a horizontal one would leave a few centimetres each.
 */
export function buildTimeline(markers: number, theme: HandoutTheme): WritingSpace {
  const radius = theme.largePrint ? 13 : 10
  const step = theme.lineGap * 2 + (theme.largePrint ? 6 : 8)
  const centreX = radius + 1
  const centreY = theme.lineGap - radius
  const lineStart = radius * 2 + 14
  const numberSize = theme.largePrint ? 14 : 10
  const parts: Content[] = []
  for (let index = 0; index < markers; index += 1) {
    const isFirst = index === 0
    const isLast = index === markers - 1
    // The spine stops at each marker's edge, so the number inside the ring stays readable.
    const shapes: CanvasElement[] = [
      spine(centreX, centreY + radius, isLast ? step - 6 : step, theme),
      {
        type: 'ellipse',
        x: centreX,
        y: centreY,
        r1: radius,
        r2: radius,
        lineWidth: 1.4,
        lineColor: theme.ink,
      },
    ]
    if (!isFirst) shapes.push(spine(centreX, 0, centreY - radius, theme))
    if (isLast) {
      shapes.push({
        type: 'polyline',
        closePath: true,
        color: theme.ink,
        points: [
          { x: centreX - 5, y: step - 8 },
          { x: centreX + 5, y: step - 8 },
          { x: centreX, y: step },
        ],
      })
    }
    for (const row of [1, 2]) {
      shapes.push({
        type: 'line',
        x1: lineStart,
        y1: theme.lineGap * row,
        x2: theme.contentWidth,
        y2: theme.lineGap * row,
        lineWidth: 0.6,
        lineColor: theme.rule,
      })
    }
    parts.push({
      stack: [
        placeText(
          String(index + 1),
          { x: centreX - radius, y: centreY - numberSize * 0.58, width: radius * 2 },
          { fontSize: numberSize, bold: true },
        ),
        { canvas: shapes },
      ],
      unbreakable: true,
    })
  }
  return { parts, height: markers * step, firstHeight: step, isDrawn: true, keepWhole: true }
}

function spine(x: number, from: number, to: number, theme: HandoutTheme): CanvasElement {
  return {
    type: 'line',
    x1: x,
    y1: from,
    x2: x,
    y2: Math.max(from, to),
    lineWidth: 1.6,
    lineColor: theme.ink,
  }
}
