import type { CanvasElement, Content } from 'pdfmake/interfaces'
import type { Debrief, DebriefRow } from '../../domain/session/debrief'
import { placeText } from '../placed-text'
import type { HandoutTheme } from '../theme'
import { formatMinutes, say } from '../wording'
import { formatDifference } from './debrief-wording'

/** The chart's measures, worked out once from the theme and the longest bar. */
interface ChartFrame {
  theme: HandoutTheme
  labelWidth: number
  barHeight: number
  rowHeight: number
  /** Points per minute. */
  scale: number
  maxMinutes: number
  tickStep: number
  labelSize: number
}

const ACTUAL = '#34495e'
/** The scale never marks more minutes than this, however long a record says an item took. */
const MAX_TICKS = 12

/**
 * Minutes between the scale's marks: the usual steps for a workshop's lengths, and for the
 * lengths a wrong clock can put in a record (years, or 1e300 ms) a round step that keeps the
 * marks few, so drawing the chart takes bounded time and memory.
 */
function tickStepFor(longest: number): number {
  if (longest <= 30) return 5
  if (longest <= 60) return 10
  if (longest <= 150) return 15
  if (longest <= 30 * MAX_TICKS) return 30
  const rough = longest / (MAX_TICKS - 2)
  const power = 10 ** Math.floor(Math.log10(rough))
  const nice = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10
  return nice * power
}

/** Minutes as the chart draws them: a length no clock could produce is drawn as the longest. */
function drawable(minutes: number, frame: ChartFrame): number {
  return Number.isFinite(minutes)
    ? Math.min(Math.max(0, minutes), frame.maxMinutes)
    : frame.maxMinutes
}
const GRID = '#d9dde2'

/**
 * Planned against actual minutes as a bar chart drawn in vector graphics: per agenda item an
 * outlined bar for the plan over a solid bar for what happened. Time over plan is hatched, so
 * it reads in black and white and without colour vision. Each item is its own unbreakable row,
 * so a long workshop's chart flows over pages; the scale closes it.
 */
export function buildDebriefChart(debrief: Debrief, theme: HandoutTheme): Content {
  const frame = measureChart(debrief, theme)
  const [first, ...rest] = debrief.rows.map((row) => buildRow(row, frame))
  const legend = buildLegend(frame)
  return {
    stack: [
      { stack: first === undefined ? [legend] : [legend, first], unbreakable: true },
      ...rest,
      buildScale(frame),
    ],
  }
}

function measureChart(debrief: Debrief, theme: HandoutTheme): ChartFrame {
  const labelWidth = theme.largePrint ? 170 : 150
  // Room to the right of the longest bar for its "27.5 (+5.5)" label.
  const labelRoom = theme.largePrint ? 116 : 84
  const longest = Math.min(
    Number.MAX_VALUE / 2,
    Math.max(
      1,
      ...debrief.rows
        .map((row) => Math.max(row.plannedMinutes, row.actualMinutes ?? 0))
        .filter(Number.isFinite),
    ),
  )
  const tickStep = tickStepFor(longest)
  const maxMinutes = Math.ceil(longest / tickStep) * tickStep
  const barHeight = theme.largePrint ? 11 : 8
  return {
    theme,
    labelWidth,
    barHeight,
    rowHeight: barHeight * 2 + (theme.largePrint ? 14 : 10),
    scale: (theme.contentWidth - labelWidth - labelRoom) / maxMinutes,
    maxMinutes,
    tickStep,
    labelSize: theme.small,
  }
}

function buildRow(row: DebriefRow, frame: ChartFrame): Content {
  const { theme, barHeight: h, scale } = frame
  const plannedY = 3
  const actualY = plannedY + h + 2
  const shapes: CanvasElement[] = [...gridLines(frame, frame.rowHeight)]
  shapes.push({
    type: 'rect',
    x: 0,
    y: plannedY,
    w: Math.max(1, drawable(row.plannedMinutes, frame) * scale),
    h,
    color: theme.tint,
    lineColor: theme.muted,
    lineWidth: 0.8,
  })
  const labels: Content[] = [
    placeText(
      formatMinutes(row.plannedMinutes, theme.intl),
      minuteLabelBox(drawable(row.plannedMinutes, frame) * scale + 4, plannedY, frame),
      { fontSize: frame.labelSize, color: theme.muted, alignment: 'left' },
    ),
  ]
  if (row.actualMinutes === null) {
    labels.push(
      placeText(say(theme.intl, 'sessions.chart.notReached'), minuteLabelBox(2, actualY, frame), {
        fontSize: frame.labelSize,
        color: theme.muted,
        alignment: 'left',
      }),
    )
  } else {
    const within = drawable(Math.min(row.actualMinutes, row.plannedMinutes), frame) * scale
    const end = drawable(row.actualMinutes, frame) * scale
    shapes.push({ type: 'rect', x: 0, y: actualY, w: Math.max(1, within), h, color: ACTUAL })
    if (row.actualMinutes > row.plannedMinutes) shapes.push(...hatch(within, end, actualY, h))
    const isOver = row.actualMinutes > row.plannedMinutes
    const actual = formatMinutes(row.actualMinutes, theme.intl)
    const isOnPlan = Math.round((row.actualMinutes - row.plannedMinutes) * 10) / 10 === 0
    labels.push(
      placeText(
        isOnPlan ? actual : `${actual} (${formatDifference(theme.intl, row)})`,
        minuteLabelBox(end + 4, actualY, frame),
        { fontSize: frame.labelSize, bold: isOver, alignment: 'left' },
      ),
    )
  }
  const title = `${String(row.itemIndex + 1)}. ${row.title}`
  return {
    columns: [
      {
        width: frame.labelWidth,
        text: title,
        fontSize: frame.labelSize + 0.5,
        style: row.kind === 'break' ? 'emphasis' : undefined,
        lineHeight: 1.05,
        margin: [0, 2, 8, 0],
      },
      { width: '*', stack: [...labels, { canvas: shapes }] },
    ],
    columnGap: 0,
    unbreakable: true,
  }
}

function minuteLabelBox(x: number, barY: number, frame: ChartFrame) {
  // Centred on the bar: the label's cap height sits roughly in the middle of it.
  return { x, y: barY + frame.barHeight / 2 - frame.labelSize * 0.62, width: 90 }
}

/** The minutes the scale marks, from 0 to the chart's end, one tick step apart. */
function tickMinutes(frame: ChartFrame): number[] {
  const count = Math.min(MAX_TICKS, Math.floor(frame.maxMinutes / frame.tickStep))
  return Array.from({ length: count + 1 }, (_, index) => index * frame.tickStep)
}

function gridLines(frame: ChartFrame, height: number): CanvasElement[] {
  return tickMinutes(frame).map((minute) => {
    const x = minute * frame.scale
    return {
      type: 'line',
      x1: x,
      y1: 0,
      x2: x,
      y2: height,
      lineWidth: minute === 0 ? 0.8 : 0.4,
      lineColor: minute === 0 ? frame.theme.muted : GRID,
    }
  })
}

/** The time over plan: an outlined box with diagonal stripes, clipped by hand to the box. */
function hatch(from: number, to: number, y: number, h: number): CanvasElement[] {
  const shapes: CanvasElement[] = [
    {
      type: 'rect',
      x: from,
      y,
      w: to - from,
      h,
      color: '#ffffff',
      lineColor: ACTUAL,
      lineWidth: 1,
    },
  ]
  const step = 3.2
  // Bars are clamped to the chart's width; the cap keeps this loop bounded whatever it is given.
  const stripes = Math.min(Math.ceil((to - from + h) / step), 1000)
  for (let index = 0; index < stripes; index++) {
    const start = from - h + index * step
    // A 45° stripe from the bottom edge at x = start; keep only the part inside [from, to].
    const enter = Math.max(0, from - start)
    const leave = Math.min(h, to - start)
    if (enter >= leave) continue
    shapes.push({
      type: 'line',
      x1: start + enter,
      y1: y + h - enter,
      x2: start + leave,
      y2: y + h - leave,
      lineWidth: 0.9,
      lineColor: ACTUAL,
    })
  }
  return shapes
}

function buildLegend(frame: ChartFrame): Content {
  const { theme, barHeight: h } = frame
  const swatch = h + 10
  const gap = theme.largePrint ? 110 : 90
  const entries = [
    say(theme.intl, 'sessions.chart.keyPlanned'),
    say(theme.intl, 'sessions.chart.keyActual'),
    say(theme.intl, 'print.debrief.overPlan'),
  ]
  const x = (index: number) => index * gap
  const shapes: CanvasElement[] = [
    {
      type: 'rect',
      x: x(0),
      y: 0,
      w: swatch,
      h,
      color: theme.tint,
      lineColor: theme.muted,
      lineWidth: 0.8,
    },
    { type: 'rect', x: x(1), y: 0, w: swatch, h, color: ACTUAL },
    ...hatch(x(2), x(2) + swatch, 0, h),
  ]
  return {
    stack: [
      ...entries.map((label, index) =>
        placeText(
          label,
          {
            x: x(index) + swatch + 5,
            y: h / 2 - frame.labelSize * 0.62,
            // The last entry may run on to the page's edge: "Por encima de lo previsto".
            width:
              index === entries.length - 1
                ? theme.contentWidth - frame.labelWidth - x(index) - swatch - 5
                : gap - swatch - 5,
          },
          { fontSize: frame.labelSize, alignment: 'left' },
        ),
      ),
      { canvas: shapes },
      {
        text: say(theme.intl, 'print.debrief.minutesPerItem'),
        style: 'small',
        margin: [0, 4, 0, 8],
      },
    ],
    margin: [frame.labelWidth, 0, 0, 0],
  }
}

function buildScale(frame: ChartFrame): Content {
  const shapes: CanvasElement[] = [
    {
      type: 'line',
      x1: 0,
      y1: 0,
      x2: frame.maxMinutes * frame.scale,
      y2: 0,
      lineWidth: 0.8,
      lineColor: frame.theme.muted,
    },
  ]
  const labels: Content[] = []
  for (const minute of tickMinutes(frame)) {
    const x = minute * frame.scale
    shapes.push({
      type: 'line',
      x1: x,
      y1: 0,
      x2: x,
      y2: 4,
      lineWidth: 0.8,
      lineColor: frame.theme.muted,
    })
    labels.push(
      placeText(String(minute), { x: x - 15, y: 6, width: 30 }, { fontSize: frame.labelSize }),
    )
  }
  labels.push(
    placeText(
      say(frame.theme.intl, 'editor.place.field.minutes'),
      { x: frame.maxMinutes * frame.scale + 18, y: 6, width: 60 },
      { fontSize: frame.labelSize, color: frame.theme.muted, alignment: 'left' },
    ),
  )
  return {
    stack: [
      ...labels,
      { canvas: shapes },
      { text: ' ', fontSize: frame.labelSize, margin: [0, 4, 0, 0] },
    ],
    margin: [frame.labelWidth, 0, 0, 0],
    unbreakable: true,
  }
}
