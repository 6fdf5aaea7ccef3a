import { messageRef, type MessageRef } from '@common/i18n/message-ref'

const NAME = '[A-Za-z_:][\\w.:-]*'
const tokens = {
  space: /\s*/y,
  declaration: /<\?xml\s[^?]*\?>/y,
  processing: /<\?[A-Za-z_][\s\S]*?\?>/y,
  comment: /<!--[\s\S]*?-->/y,
  doctype: new RegExp(
    `<!DOCTYPE\\s+${NAME}(\\s+(PUBLIC\\s+("[^"]*"|'[^']*')\\s+|SYSTEM\\s+)("[^"]*"|'[^']*'))?\\s*>`,
    'y',
  ),
  cdata: /<!\[CDATA\[[\s\S]*?\]\]>/y,
  startTag: new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y'),
  endTag: new RegExp(`</(${NAME})\\s*>`, 'y'),
  text: /[^<]+/y,
}
const ATTRIBUTE_NAME = new RegExp(`(${NAME})\\s*=`, 'g')
const AMPERSAND = /&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)/
const ATTRIBUTE_VALUES = /=\s*("[^"]*"|'[^']*')/g

const SVG = '<svg>'

/**
 * What is wrong with a picture's SVG text, or null when it is a well-formed SVG document: named,
 * for the caller to say in its reader's language. Tags are values, never part of a message, so
 * the message format does not take them for markup.
 */
export function describeSvgProblem(text: string): MessageRef | null {
  if (/<!ENTITY/i.test(text)) return messageRef('errors.pictures.svg.entities')
  let at = 0
  const take = (token: RegExp): RegExpExecArray | null => {
    token.lastIndex = at
    const match = token.exec(text)
    if (match !== null) at = token.lastIndex
    return match
  }
  const skipMisc = () => {
    for (;;) {
      take(tokens.space)
      if (take(tokens.comment) === null && take(tokens.processing) === null) return
    }
  }
  if (text.startsWith('\uFEFF')) at = 1
  take(tokens.declaration)
  skipMisc()
  if (take(tokens.doctype) !== null) skipMisc()
  const open: string[] = []
  let root: string | null = null
  while (at < text.length) {
    if (open.length === 0 && root !== null) {
      skipMisc()
      if (at < text.length) return messageRef('errors.pictures.svg.afterEnd', { tag: '</svg>' })
      break
    }
    const start = take(tokens.startTag)
    if (start !== null) {
      const [, name = '', attributes = '', selfClosing] = start
      const names = [...attributes.matchAll(ATTRIBUTE_NAME)].map((m) => m[1])
      if (new Set(names).size !== names.length)
        return messageRef('errors.pictures.svg.repeatedAttribute', { tag: `<${name}>` })
      const values = [...attributes.matchAll(ATTRIBUTE_VALUES)].map((m) => m[1] ?? '')
      if (values.some((value) => AMPERSAND.test(value)))
        return messageRef('errors.pictures.svg.ampersandInTag', { tag: `<${name}>`, char: '&' })
      if (root === null) {
        root = name
        if (name.replace(/^svg:/, '') !== 'svg')
          return messageRef('errors.pictures.svg.notSvgRoot', { tag: `<${name}>`, svg: SVG })
      }
      if (selfClosing !== '/') open.push(name)
      continue
    }
    const end = take(tokens.endTag)
    if (end !== null) {
      const expected = open.pop()
      if (expected !== end[1])
        return messageRef('errors.pictures.svg.wrongClose', {
          closed: `</${end[1] ?? ''}>`,
          open: `</${expected ?? ''}>`,
        })
      continue
    }
    if (root === null) return messageRef('errors.pictures.svg.notSvgStart', { svg: SVG })
    if (take(tokens.comment) ?? take(tokens.cdata) ?? take(tokens.processing)) continue
    const chars = take(tokens.text)
    if (chars !== null) {
      if (AMPERSAND.test(chars[0]))
        return messageRef('errors.pictures.svg.ampersand', { char: '&' })
      continue
    }
    return messageRef('errors.pictures.svg.angle', { char: '<' })
  }
  if (root === null) return messageRef('errors.pictures.svg.notSvgStart', { svg: SVG })
  if (open.length > 0)
    return messageRef('errors.pictures.svg.unclosed', { tag: `</${open[open.length - 1] ?? ''}>` })
  return null
}
