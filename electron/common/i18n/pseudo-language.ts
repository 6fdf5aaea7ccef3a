import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

const accented: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ').map((letter, index) => [
    letter,
    Array.from('ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ')[index] ?? letter,
  ]),
)

/**
 * A word in the test language: every letter accented and about 40 % more of them, the growth
 * German and French bring to English, kept inside the word so that it cannot break anywhere new.
 */
function stretchWord(word: string): string {
  const letters = Array.from(word, (letter) => accented[letter] ?? letter)
  const extra = Math.ceil(letters.length * 0.4)
  const vowel = letters.find((letter) => 'ȧḗīǿŭȦḖĪǾŬ'.includes(letter)) ?? 'ḗ'
  return letters.join('') + vowel.toLowerCase().repeat(extra)
}

function stretchText(text: string): string {
  return text.replace(/[A-Za-z]+/g, stretchWord)
}

/**
 * The test language's version of a message: its words stretched, its placeholders, plurals and
 * selects kept as they are (their own words stretched too).
 */
export function pseudoMessage(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: stretchText(element.value) }
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: pseudoMessage(option.value) },
            ]),
          ),
        }
      case TYPE.tag:
        return { ...element, children: pseudoMessage(element.children) }
      default:
        return element
    }
  })
}
