import type { Content } from 'pdfmake/interfaces'

/** The property that names a mark; pdfmake ignores properties it does not know. */
const MARK_KEY = 'pageMark'

/** Where a mark landed: its page. */
export interface MarkPlace {
  page: number
}

/**
 * Invisible marks placed in a document's content that tell, once pdfmake has laid the pages out,
 * the page each landed on. pdfmake lays out the content before it draws the running heads, so a
 * head can name what its page holds (the exercises on it, the pack it belongs to) in the same
 * single pass that prints the document, where a second printing would double the cost.
 */
export interface PageMarks {
  /**
   * A mark to put first in an unbreakable stack, so it moves to the next page with what it
   * marks, or after the last thing it marks the end of. Each key once per document.
   */
  mark: (key: string) => Content
  /** Where the mark landed; undefined before layout or if it was never placed. */
  placeOf: (key: string) => MarkPlace | undefined
}

interface LaidOutNode {
  positions?: { pageNumber: number }[]
}

/** A fresh set of marks for one document. */
export function createPageMarks(): PageMarks {
  const nodes = new Map<string, LaidOutNode>()
  return {
    mark: (key) => {
      // An empty text of one point: pdfmake records its position but draws nothing. The id
      // matters: pdfmake corrects the page of a node with an id when an unbreakable block it
      // sits in moves to the next page, and leaves any other node's page as first tried.
      const node: Content & LaidOutNode = {
        text: '',
        fontSize: 1,
        lineHeight: 1,
        id: `page-mark-${key}`,
      }
      Object.assign(node, { [MARK_KEY]: key })
      nodes.set(key, node)
      return node
    },
    placeOf: (key) => {
      const position = nodes.get(key)?.positions?.[0]
      return position === undefined ? undefined : { page: position.pageNumber }
    },
  }
}

/**
 * True for a mark's node: code that copies content (the fallback-font pass) must hand pdfmake
 * the mark itself, or the mark would never learn its page.
 */
export function isPageMark(node: unknown): boolean {
  return typeof node === 'object' && node !== null && MARK_KEY in node
}
