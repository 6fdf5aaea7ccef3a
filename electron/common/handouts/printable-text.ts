/**
 * Makes text printable with a font that lacks some characters, so a stray emoji or a name in
 * another script never stops an export. Each missing character becomes its unaccented base
 * letters when the font has those (ǹ → n), disappears when it is an invisible modifier (emoji
 * variation selectors, joiners), and otherwise prints as `?`.
 */
export function replaceMissingGlyphs(
  text: string,
  hasGlyph: (codePoint: number) => boolean,
): string {
  let out = ''
  // Code point by code point on purpose: the font maps code points, not grapheme clusters.
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (hasGlyph(codePoint) || isLayoutCharacter(codePoint)) {
      out += char
      continue
    }
    if (isInvisibleModifier(codePoint)) continue
    const base = char.normalize('NFD').replace(/\p{M}/gu, '')
    const isBaseCovered =
      base !== '' && Array.from(base).every((part) => hasGlyph(part.codePointAt(0) ?? 0))
    out += isBaseCovered ? base : '?'
  }
  return out
}

function isLayoutCharacter(codePoint: number): boolean {
  return codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x09
}

function isInvisibleModifier(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0x200d ||
    codePoint === 0x200c ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  )
}

/** Applies a text transformation to every string inside plain data, keeping its shape. */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)]),
    ) as T
  }
  return value
}
