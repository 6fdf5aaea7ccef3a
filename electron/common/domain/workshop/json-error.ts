/** Where a text stops being JSON: 1-based line and column, and what stands there. */
export interface JsonErrorPlace {
  line: number
  column: number
  /** The character found there, or null when the text ends too early. */
  found: string | null
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

/**
 * Finds the first place where `text` is not JSON (RFC 8259), or null when it is. JSON.parse says
 * where only for some mistakes ("Unexpected token 'W', "What is th"... is not valid JSON" has no
 * position), so this scanner walks the text itself; it runs only after JSON.parse has failed.
 * Iterative rather than recursive, so deeply nested input cannot overflow the stack.
 */
export function findJsonError(text: string): JsonErrorPlace | null {
  let at = 0
  const skipSpace = () => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at += 1
  }
  const fail = () => placeOf(text, at)
  /** Reads a string starting at its opening quote; false when it is not a valid string. */
  const readString = (): boolean => {
    at += 1
    while (at < text.length) {
      const char = text.charAt(at)
      if (char === '"') {
        at += 1
        return true
      }
      if (char === '\\') {
        ESCAPE.lastIndex = at
        if (!ESCAPE.test(text)) return false
        at = ESCAPE.lastIndex
        continue
      }
      if (char.charCodeAt(0) < 0x20) return false
      at += 1
    }
    return false
  }
  /** Reads one scalar value, or opens a container; false when nothing valid starts here. */
  const stack: ('{' | '[')[] = []
  const readValue = (): boolean => {
    const char = text.charAt(at)
    if (char === '{' || char === '[') {
      stack.push(char)
      at += 1
      return true
    }
    if (char === '"') return readString()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length
        return true
      }
    }
    NUMBER.lastIndex = at
    if (NUMBER.test(text)) {
      at = NUMBER.lastIndex
      return true
    }
    return false
  }

  skipSpace()
  if (!readValue()) return fail()
  // After each value or opened container: close containers, or expect the next member.
  let justOpened = stack.length > 0
  while (stack.length > 0) {
    skipSpace()
    const open = stack[stack.length - 1]
    const close = open === '{' ? '}' : ']'
    if (text.charAt(at) === close) {
      stack.pop()
      at += 1
      justOpened = false
      continue
    }
    if (!justOpened) {
      if (text.charAt(at) !== ',') return fail()
      at += 1
      skipSpace()
    }
    if (open === '{') {
      if (text.charAt(at) !== '"' || !readString()) return fail()
      skipSpace()
      if (text.charAt(at) !== ':') return fail()
      at += 1
    }
    skipSpace()
    const depth = stack.length
    if (!readValue()) return fail()
    justOpened = stack.length > depth
  }
  skipSpace()
  return at < text.length ? fail() : null
}

function placeOf(text: string, offset: number): JsonErrorPlace {
  const before = text.slice(0, offset)
  const lines = before.split('\n')
  const lastLine = lines[lines.length - 1] ?? ''
  return {
    line: lines.length,
    column: lastLine.length + 1,
    found: offset < text.length ? text.charAt(offset) : null,
  }
}
