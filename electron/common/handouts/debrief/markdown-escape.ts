/**
 * Escaping for text people typed, so a note prints as written in any Markdown viewer. It escapes
 * what changes meaning anywhere in a line (emphasis, code, links, HTML, table pipes, entity
 * references) and what only changes meaning at a line's start (headings, quotes, lists, rules),
 * and leaves everything else alone so the file still reads well as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('\n')
}

/** One line of a table cell: escaped, with line breaks folded into spaces (a row is one line). */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim())
}

/**
 * Escaped text that may span lines, laid out inside a list item: later lines are indented to the
 * item's content and end the line before with a hard break, so they stay in the same item.
 */
export function escapeListText(text: string, indent: number): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(`\\\n${' '.repeat(indent)}`)
}

function escapeLine(line: string): string {
  const inline = line
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    // An entity reference would print as the character it names.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
  return escapeLineStart(inline)
}

function escapeLineStart(line: string): string {
  const lead = /^\s*/.exec(line)?.[0] ?? ''
  const rest = line.slice(lead.length)
  // Headings, quotes, bullets, setext underlines and thematic breaks.
  if (/^[#>+=-]/.test(rest)) return `${lead}\\${rest}`
  // "1. " or "1) " would start a numbered list.
  const numbered = /^(\d{1,9})([.)])/.exec(rest)
  if (numbered !== null) {
    const digits = numbered[1] ?? ''
    return `${lead}${digits}\\${rest.slice(digits.length)}`
  }
  return line
}
