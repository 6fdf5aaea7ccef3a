import { z } from 'zod'

/**
 * Characters that draw nothing: spaces of every kind, and the default-ignorable ones (zero-width
 * space U+200B, word joiner U+2060, byte order mark U+FEFF, Hangul fillers, variation selectors),
 * format and control characters, combining marks with nothing to combine with, and the blank
 * Braille pattern U+2800 that some tools use as an "empty" name.
 */
const invisible = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Z}\p{M}\u2800]/u
const visible = new RegExp(`[^${invisible.source.slice(1, -1)}]`, 'u')

/** Ends a name may carry unseen: spaces, zero-width spaces, word joiners and byte order marks. */
const unseenEnds = /^[\s\u180E\u200B-\u200D\u2060\uFEFF]+|[\s\u180E\u200B-\u200D\u2060\uFEFF]+$/gu

/** The text without spaces or zero-width characters at either end. */
export function trimUnseen(text: string): string {
  return text.replace(unseenEnds, '')
}

/** True when the text has at least one character that draws something on the screen. */
export function hasVisibleCharacter(text: string): boolean {
  return visible.test(text)
}

/**
 * A required piece of text people must be able to see (a title, a label, a name): trimmed of
 * unseen ends, refused when empty, when longer than `max`, or when nothing in it is visible.
 */
export function requiredText(what: string, max: number) {
  return z
    .string({ error: `expected ${what} as text` })
    .overwrite(trimUnseen)
    .min(1, { error: `expected ${what}, got an empty text`, abort: true })
    .max(max, { error: `expected ${what} of at most ${String(max)} characters` })
    .refine(hasVisibleCharacter, {
      error: `expected ${what} with something visible in it, got only invisible characters`,
    })
}
