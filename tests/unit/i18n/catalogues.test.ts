import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { catalogueSources } from '@common/i18n/catalogue-sources'
import { languages } from '@common/i18n/locales'

/** The arguments a message takes, each with its kind: a translation must take the same. */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`)
      argumentsOf(element.children, found)
      continue
    }
    found.add(`${element.value}:${String(element.type)}`)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found)
  }
  return found
}

function pluralsLackingOther(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.tag) return pluralsLackingOther(element.children)
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return []
    const inner = Object.values(element.options).flatMap((option) =>
      pluralsLackingOther(option.value),
    )
    return 'other' in element.options ? inner : [element.value, ...inner]
  })
}

const english = catalogueSources.en
const englishIds = Object.keys(english).sort()

describe('the catalogues', () => {
  test.each(languages)('%s has every English id and no other', (language) => {
    const ids = Object.keys(catalogueSources[language]).sort()
    expect(englishIds.filter((id) => !ids.includes(id))).toEqual([])
    expect(ids.filter((id) => !englishIds.includes(id))).toEqual([])
  })

  test.each(languages)(
    'every %s message compiles, with a plural or select ending in other',
    (language) => {
      for (const [id, message] of Object.entries(catalogueSources[language])) {
        let elements: MessageFormatElement[] = []
        expect(() => (elements = parse(message)), `${language} ${id}`).not.toThrow()
        expect(pluralsLackingOther(elements), `${language} ${id}`).toEqual([])
      }
    },
  )

  test.each(languages.filter((language) => language !== 'en'))(
    '%s takes the same arguments as English in every message',
    (language) => {
      const source = catalogueSources[language] as Record<string, string>
      for (const [id, message] of Object.entries(english)) {
        const translated = source[id]
        if (translated === undefined) continue
        expect([...argumentsOf(parse(translated))].sort(), `${language} ${id}`).toEqual(
          [...argumentsOf(parse(message))].sort(),
        )
      }
    },
  )

  test('every id names its area first (area.what), so a window can take only its own', () => {
    expect(englishIds.filter((id) => !/^[a-z][a-zA-Z]*\.[a-zA-Z0-9.]+$/.test(id))).toEqual([])
  })

  test('no translation is left empty', () => {
    for (const language of languages)
      for (const [id, message] of Object.entries(catalogueSources[language]))
        expect(message.trim(), `${language} ${id}`).not.toBe('')
  })
})
