import type { Content } from 'pdfmake/interfaces'

/**
 * Text laid over a drawing at a point relative to where the drawing starts. It takes no room in
 * the flow, so it must come before the drawing it labels within the same stack.
 */
export function placeText(
  text: string,
  box: { x: number; y: number; width: number },
  style: { fontSize: number; bold?: boolean; color?: string; alignment?: 'left' | 'center' },
): Content {
  return {
    columns: [
      {
        width: box.width,
        text,
        fontSize: style.fontSize,
        style: style.bold === true ? 'strong' : undefined,
        color: style.color,
        alignment: style.alignment ?? 'center',
        lineHeight: 1.1,
      },
    ],
    relativePosition: { x: box.x, y: box.y },
  }
}

/** Roughly how many lines a text wraps to in a box, for centring it vertically. */
export function estimateLineCount(text: string, fontSize: number, width: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (fontSize * 0.52)))
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/)) {
    const length = word.length + (used === 0 ? 0 : 1)
    if (used + length > charsPerLine && used > 0) {
      lines += 1
      used = word.length
    } else {
      used += length
    }
  }
  return lines
}
