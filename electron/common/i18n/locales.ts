/**
 * The languages Facilitator speaks, each in its own words as a language menu shows it. Adding one
 * takes a catalogue file, a line here and its import in `catalogue-sources.ts` (see the README's
 * "Adding a language").
 */
export const languageNames = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
} as const
export type Language = keyof typeof languageNames
export const languages = Object.keys(languageNames) as [Language, ...Language[]]

/**
 * A test language: English with accented letters and words about 40 % longer, so a layout that
 * cannot hold German or French shows it without waiting for a translation. Workshop files may name
 * it; the editor does not offer it.
 */
export const pseudoLanguage = 'en-XA'
export type MessageLanguage = Language | typeof pseudoLanguage

/** Whether `value` names a language the app can speak (the test language included). */
export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return value === pseudoLanguage || (languages as readonly unknown[]).includes(value)
}

/**
 * The first of the system's preferred languages (BCP 47 tags, most preferred first, as the OS
 * lists them) that the app speaks, matched on the language part ("de-AT" → German); English when
 * none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    const found = languages.find((language) => language === base)
    if (found !== undefined) return found
  }
  return 'en'
}

/**
 * The locale whose date, time, number and list formats go with a language. The pseudo-language
 * formats as English does.
 */
export function formatLocale(language: MessageLanguage): string {
  return language === pseudoLanguage ? 'en' : language
}
