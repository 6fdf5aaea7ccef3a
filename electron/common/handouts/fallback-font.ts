import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { isPageMark } from './page-marks'

/** A piece of inline text in another face. */
interface FontRun {
  text: string
  font: string
}

/**
 * Splits text into runs so each word the handout face cannot draw prints in the fallback face.
 * Whole words switch, never single letters, so a Greek name reads in one face. Returns the text
 * itself when no word needs the fallback.
 */
export function splitByFace(
  text: string,
  needsFallback: (codePoint: number) => boolean,
  fallbackFont: string,
): string | (string | FontRun)[] {
  const isForeign = (word: string) =>
    Array.from(word).some((char) => needsFallback(char.codePointAt(0) ?? 0))
  if (!isForeign(text)) return text
  const runs: (string | FontRun)[] = []
  // Spaces join the run before them, so a run of fallback words stays one run.
  for (const word of text.split(/(?<=\s)(?=\S)/u)) {
    const foreign = isForeign(word)
    const last = runs.at(-1)
    if (foreign && typeof last === 'object') last.text += word
    else if (!foreign && typeof last === 'string') runs[runs.length - 1] = last + word
    else runs.push(foreign ? { text: word, font: fallbackFont } : word)
  }
  return runs
}

type Split = (text: string) => string | (string | FontRun)[]

const CHILD_LISTS = ['stack', 'columns', 'ul', 'ol'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The same content node with its text split into faces; other properties are kept as they are. */
function splitNode(node: unknown, split: Split): unknown {
  if (typeof node === 'string') {
    const runs = split(node)
    return typeof runs === 'string' ? runs : { text: runs }
  }
  if (Array.isArray(node)) return node.map((child: unknown) => splitNode(child, split))
  if (!isRecord(node) || isPageMark(node)) return node
  const copy: Record<string, unknown> = { ...node }
  if (typeof copy.text === 'string') copy.text = split(copy.text)
  else if (Array.isArray(copy.text))
    copy.text = copy.text.flatMap((part: unknown) => {
      if (typeof part !== 'string') return [splitNode(part, split)]
      const runs = split(part)
      return typeof runs === 'string' ? [runs] : runs
    })
  for (const key of CHILD_LISTS) {
    const children = copy[key]
    if (Array.isArray(children)) copy[key] = children.map((child) => splitNode(child, split))
  }
  // A section (a part of the document with its own pages) holds content and its own heads.
  if (copy.section !== undefined) copy.section = splitNode(copy.section, split)
  for (const key of ['header', 'footer'] as const) {
    if (copy.section !== undefined && copy[key] !== undefined) {
      copy[key] = splitPageContent(copy[key], split)
    }
  }
  const table = copy.table
  if (isRecord(table) && Array.isArray(table.body)) {
    copy.table = {
      ...table,
      body: table.body.map((row: unknown) => (Array.isArray(row) ? splitNode(row, split) : row)),
    }
  }
  return copy
}

/** Splits the text of page content given as content or as a function of the page. */
function splitPageContent(content: unknown, split: Split): unknown {
  if (typeof content !== 'function') return splitNode(content, split)
  return (...args: unknown[]) =>
    splitNode((content as (...a: unknown[]) => unknown)(...args), split)
}

/**
 * The document with every word the handout face cannot draw set in `fallbackFont`: its content,
 * headers and footers (including those drawn per page). Pure: the document given is not changed.
 */
export function applyFallbackFont(
  document: TDocumentDefinitions,
  needsFallback: (codePoint: number) => boolean,
  fallbackFont: string,
): TDocumentDefinitions {
  const split: Split = (text) => splitByFace(text, needsFallback, fallbackFont)
  const result: Record<string, unknown> = {
    ...document,
    content: splitNode(document.content, split),
  }
  if (document.header !== undefined) result.header = splitPageContent(document.header, split)
  if (document.footer !== undefined) result.footer = splitPageContent(document.footer, split)
  return result as unknown as TDocumentDefinitions
}
