import type { CanvasElement, Content } from 'pdfmake/interfaces'
import type { Translator } from '../i18n/translator'
import type { MessageId } from '../i18n/message-id'
import type { Grouping, Workshop } from '../domain/workshop/schema'
import type { AgendaLine } from '../domain/workshop/schedule'
import { formatPlannedTime } from './agenda'
import { placeText } from './placed-text'
import type { HandoutTheme } from './theme'

/** The groupings that need the room set differently; working alone happens at any seat. */
type SetGrouping = Exclude<Grouping, 'solo'>

const ORDER: readonly SetGrouping[] = ['wholeRoom', 'pairs', 'trios', 'smallGroups']

const words: Record<SetGrouping, { title: MessageId; how: MessageId }> = {
  wholeRoom: { title: 'print.roomLayout.wholeRoom.title', how: 'print.roomLayout.wholeRoom.how' },
  pairs: { title: 'print.roomLayout.pairs.title', how: 'print.roomLayout.pairs.how' },
  trios: { title: 'print.roomLayout.trios.title', how: 'print.roomLayout.trios.how' },
  smallGroups: {
    title: 'print.roomLayout.smallGroups.title',
    how: 'print.roomLayout.smallGroups.how',
  },
}

/** Where in the day each grouping is first needed: its exercise and the phase's start. */
export function findFirstUses(
  agenda: readonly AgendaLine[],
): Map<SetGrouping, { title: string; minute: number }> {
  const found = new Map<SetGrouping, { title: string; minute: number }>()
  for (const line of agenda) {
    if (line.item.kind !== 'exercise') continue
    let minute = line.startMinute
    for (const phase of line.item.phases) {
      if (phase.grouping !== 'solo' && !found.has(phase.grouping)) {
        found.set(phase.grouping, { title: line.item.title, minute })
      }
      minute += phase.minutes
    }
  }
  return new Map(
    ORDER.flatMap((grouping) => {
      const use = found.get(grouping)
      return use === undefined ? [] : [[grouping, use] as const]
    }),
  )
}

/**
 * The run sheet's room layouts: for each grouping the day uses, a sketch of how to set the room
 * (tables and chairs, the screen and projector, the facilitator's place), titled, with a line on
 * how people sit and the exercise that first needs it, so the room can be set from paper.
 */
export function buildRoomLayouts(
  workshop: Workshop,
  agenda: readonly AgendaLine[],
  theme: HandoutTheme,
  intl: Translator,
): Content[] {
  const uses = findFirstUses(agenda)
  if (uses.size === 0) return []
  const perRow = theme.largePrint ? 2 : 3
  const gap = 12
  const width = (theme.contentWidth - gap * (perRow - 1)) / perRow
  const sketches = [...uses].map(([grouping, use]) =>
    buildSketch(grouping, width, theme, intl, {
      title: use.title,
      time: formatPlannedTime(workshop, use.minute, intl),
    }),
  )
  const rows: Content[] = []
  for (let index = 0; index < sketches.length; index += perRow) {
    const cells = sketches.slice(index, index + perRow)
    while (cells.length < perRow) cells.push({ text: '' })
    rows.push({
      columns: cells.map((cell) => ({ width, stack: [cell] })),
      columnGap: gap,
      margin: [0, 0, 0, 8],
      unbreakable: true,
    })
  }
  const heading: Content = {
    stack: [
      { text: intl.formatMessage({ id: 'print.roomLayout.heading' }), style: 'heading' },
      {
        text: intl.formatMessage({ id: 'print.roomLayout.intro' }),
        style: 'small',
        margin: [0, 2, 0, 6],
      },
    ],
    margin: [0, 14, 0, 0],
  }
  // The heading never ends a page without the first row of sketches under it.
  return [{ stack: [heading, rows[0] ?? { text: '' }], unbreakable: true }, ...rows.slice(1)]
}

function buildSketch(
  grouping: SetGrouping,
  width: number,
  theme: HandoutTheme,
  intl: Translator,
  firstUse: { title: string; time: string },
): Content {
  const height = Math.round(width * 0.72)
  const label = theme.largePrint ? 10 : 7
  const shapes: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: width, h: height, r: 3, lineWidth: 0.8, lineColor: theme.rule },
    // The screen along the front wall, drawn as a heavy bar.
    {
      type: 'line',
      x1: width * 0.3,
      y1: 5,
      x2: width * 0.7,
      y2: 5,
      lineWidth: 3,
      lineColor: theme.ink,
    },
  ]
  const top = 18 + label
  const bottom = height - 12 - label
  // The facilitator stands at the front, beside the screen, facing the room.
  const you = { x: width * 0.86, y: 10 + label / 2 }
  shapes.push({ type: 'ellipse', x: you.x, y: you.y, r1: 4, r2: 4, color: theme.ink })
  // The projector sits on a trolley in the middle of the back, throwing over the tables.
  const projector = { x: width / 2 - 6, y: height - 8 - label }
  shapes.push({
    type: 'rect',
    x: projector.x,
    y: projector.y,
    w: 12,
    h: 6,
    lineWidth: 0.8,
    lineColor: theme.ink,
    color: theme.tint,
  })
  shapes.push(...drawSeating(grouping, { left: 8, right: width - 8, top, bottom }, theme))
  const labels: Content[] = [
    placeText(
      intl.formatMessage({ id: 'print.roomLayout.screen' }),
      { x: width * 0.3, y: 8, width: width * 0.4 },
      { fontSize: label, color: theme.muted },
    ),
    placeText(
      intl.formatMessage({ id: 'print.roomLayout.facilitator' }),
      { x: you.x - 30, y: you.y + 5, width: 60 },
      { fontSize: label, color: theme.muted },
    ),
    placeText(
      intl.formatMessage({ id: 'print.roomLayout.projector' }),
      { x: width * 0.2, y: height - label - 2, width: width * 0.6 },
      { fontSize: label, color: theme.muted },
    ),
  ]
  return {
    stack: [
      { stack: [...labels, { canvas: shapes }], unbreakable: true },
      {
        text: intl.formatMessage({ id: words[grouping].title }),
        style: 'strong',
        margin: [0, 4, 0, 0],
      },
      { text: intl.formatMessage({ id: words[grouping].how }), style: 'small' },
      {
        text: intl.formatMessage(
          { id: 'print.roomLayout.firstNeeded' },
          { exercise: firstUse.title, time: firstUse.time },
        ),
        style: 'small',
        color: theme.muted,
      },
    ],
  }
}

interface Area {
  left: number
  right: number
  top: number
  bottom: number
}

/** Tables and chairs for one grouping, spread over the floor between the screen and the back. */
function drawSeating(grouping: SetGrouping, area: Area, theme: HandoutTheme): CanvasElement[] {
  const chair = (x: number, y: number): CanvasElement => ({
    type: 'ellipse',
    x,
    y,
    r1: 2.2,
    r2: 2.2,
    lineWidth: 0.7,
    lineColor: theme.ink,
  })
  if (grouping === 'wholeRoom') {
    // Chairs in two arcs opening towards the screen, no tables between people.
    const centre = { x: (area.left + area.right) / 2, y: area.top - 4 }
    const across = (area.right - area.left) / 2 - 4
    const deep = area.bottom - area.top
    const shapes: CanvasElement[] = []
    for (const [share, count] of [
      [0.6, 7],
      [1, 9],
    ] as const) {
      for (let index = 0; index < count; index += 1) {
        const angle = Math.PI * (0.08 + (0.84 * index) / (count - 1))
        shapes.push(
          chair(
            centre.x + across * share * Math.cos(angle),
            centre.y + deep * share * Math.sin(angle),
          ),
        )
      }
    }
    return shapes
  }
  const columns = 3
  const rows = 2
  const cellWidth = (area.right - area.left) / columns
  const cellHeight = (area.bottom - area.top) / rows
  const shapes: CanvasElement[] = []
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x = area.left + cellWidth * (column + 0.5)
      const y = area.top + cellHeight * (row + 0.5)
      shapes.push(...drawStation(grouping, { x, y }, Math.min(cellWidth, cellHeight), theme, chair))
    }
  }
  return shapes
}

/** One table with its chairs: face to face for pairs, round for threes and small groups. */
function drawStation(
  grouping: Exclude<SetGrouping, 'wholeRoom'>,
  at: { x: number; y: number },
  size: number,
  theme: HandoutTheme,
  chair: (x: number, y: number) => CanvasElement,
): CanvasElement[] {
  const table = { lineWidth: 0.7, lineColor: theme.ink, color: theme.softTint }
  if (grouping === 'pairs') {
    // Partners across a small table, side-on to the screen so both can turn to it.
    const w = size * 0.3
    const h = size * 0.35
    return [
      { type: 'rect', x: at.x - w / 2, y: at.y - h / 2, w, h, ...table },
      chair(at.x - w / 2 - 4, at.y),
      chair(at.x + w / 2 + 4, at.y),
    ]
  }
  const seats = grouping === 'trios' ? 3 : 6
  const radius = size * (grouping === 'trios' ? 0.16 : 0.22)
  return [
    { type: 'ellipse', x: at.x, y: at.y, r1: radius, r2: radius, ...table },
    ...Array.from({ length: seats }, (_, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / seats
      return chair(at.x + (radius + 4) * Math.cos(angle), at.y + (radius + 4) * Math.sin(angle))
    }),
  ]
}
