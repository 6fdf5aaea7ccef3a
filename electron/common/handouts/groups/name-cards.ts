import type { Content } from 'pdfmake/interfaces'
import type { SessionRoster } from '../../domain/grouping/session-roster'
import { FALLBACK_FONT, HANDOUT_FONT, type HandoutTheme } from '../theme'
import { say } from '../wording'

/**
 * The face a card's name is drawn in. A card is a drawing, so names cannot switch face word by
 * word as text does: a name with a letter beyond Latin Extended-B (Vietnamese tones, Greek,
 * Cyrillic) is drawn wholly in the fallback face, which has them all.
 */
function chooseFace(name: string): string {
  return Array.from(name).some((char) => (char.codePointAt(0) ?? 0) > 0x24f)
    ? FALLBACK_FONT
    : HANDOUT_FONT
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * Name cards to fold into tents, one person a page: fold along the dashed line and the card
 * stands with the name upright on both faces, so people on either side of a table read the same
 * name. The top half is drawn upside down for that.
 */
export function buildNameCards(roster: SessionRoster, theme: HandoutTheme): Content[] {
  const width = theme.contentWidth
  const height = Math.floor(theme.contentHeight - 4)
  return roster.people.map((person, index) => {
    // As large as fits the width: about 0.58 of the size per letter in bold.
    const size = Math.round(
      Math.min(
        theme.largePrint ? 80 : 72,
        (width * 0.9) / (Math.max(6, person.name.length) * 0.58),
      ),
    )
    const name = escapeXml(person.name)
    const face = chooseFace(person.name)
    const half = height / 2
    const text = (y: number, transform: string) =>
      `<text x="${String(width / 2)}" y="${String(y)}" text-anchor="middle" font-family="${face}" font-weight="bold" font-size="${String(size)}" fill="#1a1a1a"${transform}>${name}</text>`
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}">`,
      `<rect x="0.5" y="0.5" width="${String(width - 1)}" height="${String(height - 1)}" fill="none" stroke="${theme.rule}" stroke-width="0.8"/>`,
      `<line x1="0" y1="${String(half)}" x2="${String(width)}" y2="${String(half)}" stroke="${theme.rule}" stroke-width="0.8" stroke-dasharray="6 4"/>`,
      text(half * 1.5 + size * 0.35, ''),
      text(
        half * 0.5 + size * 0.35,
        ` transform="rotate(180 ${String(width / 2)} ${String(half * 0.5)})"`,
      ),
      `<text x="${String(width - 6)}" y="${String(half - 6)}" text-anchor="end" font-family="${HANDOUT_FONT}" font-size="8" fill="${theme.muted}" transform="rotate(180 ${String(width - 6)} ${String(half - 6)})">${escapeXml(say(theme.intl, 'print.nameCards.fold'))}</text>`,
      '</svg>',
    ].join('')
    return {
      svg,
      width,
      height,
      pageBreak: index > 0 ? 'before' : undefined,
    }
  })
}
