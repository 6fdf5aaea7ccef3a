import type { Page } from '@playwright/test'

/**
 * What a person at the back of the room would see wrong with the text inside `selector`: text
 * drawn over other text, text cut by a box that hides its overflow (or by the screen's edge), and
 * a word broken across two lines (at a hyphen too). Each fault is a sentence naming the text.
 * On a page that scrolls (a phone's), text below the fold is not cut: only the side edges cut.
 */
export async function findLayoutFaults(
  page: Page,
  selector: string,
  { pageScrolls = false }: { pageScrolls?: boolean } = {},
): Promise<string[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((root, pageScrolls) => {
      const faults: string[] = []
      const shown = (element: Element) => {
        for (let node: Element | null = element; node !== null; node = node.parentElement) {
          const style = getComputedStyle(node)
          if (style.display === 'none' || style.visibility === 'hidden') return false
          if (node.classList.contains('visually-hidden')) return false
          if (node === root) break
        }
        return true
      }
      const texts: { node: Text; rects: DOMRect[]; label: string }[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node as Text
        const content = text.data.trim()
        if (content === '' || text.parentElement === null || !shown(text.parentElement)) continue
        const range = document.createRange()
        range.selectNodeContents(text)
        // A text's boxes are as tall as its font's ascent and descent; the line it is set on may
        // be shorter (a clock's digits at line-height 1). The line is what the eye sees as taken.
        const lineHeight = parseFloat(getComputedStyle(text.parentElement).lineHeight)
        const rects = [...range.getClientRects()]
          .filter((r) => r.width > 0.5 && r.height > 0.5)
          .map((r) =>
            Number.isFinite(lineHeight) && lineHeight < r.height
              ? new DOMRect(r.x, r.y + (r.height - lineHeight) / 2, r.width, lineHeight)
              : r,
          )
        texts.push({ node: text, rects, label: content.slice(0, 40) })
        // A word on two lines: its characters' boxes stand on more than one line.
        const words = /\S+/g
        for (let match = words.exec(text.data); match !== null; match = words.exec(text.data)) {
          const word = document.createRange()
          word.setStart(text, match.index)
          word.setEnd(text, match.index + match[0].length)
          const tops = new Set(
            [...word.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)),
          )
          if (tops.size > 1) faults.push(`the word "${match[0]}" is broken across lines`)
        }
        // Cut by an ancestor that hides what overflows it, or by the edge of the screen.
        let cutBy: string | null = null
        for (const rect of rects) {
          if (
            rect.right > window.innerWidth + 1 ||
            (!pageScrolls && rect.bottom > window.innerHeight + 1) ||
            rect.left < -1 ||
            (!pageScrolls && rect.top < -1)
          )
            cutBy = 'the screen'
          for (
            let ancestor: HTMLElement | null = text.parentElement;
            cutBy === null && ancestor !== null && ancestor !== document.body;
            ancestor = ancestor.parentElement
          ) {
            const style = getComputedStyle(ancestor)
            // A box that is not drawn (display: contents) cuts nothing.
            if (style.display === 'contents') continue
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
            const box = ancestor.getBoundingClientRect()
            if (
              rect.right > box.right + 1 ||
              rect.bottom > box.bottom + 1 ||
              rect.left < box.left - 1 ||
              rect.top < box.top - 1
            )
              cutBy = `.${[...ancestor.classList].join('.')}`
          }
          if (cutBy !== null) break
        }
        if (cutBy !== null) faults.push(`"${content.slice(0, 40)}" is cut off by ${cutBy}`)
      }
      // Text over text: two text nodes whose line boxes cross by more than a sliver.
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]
          const b = texts[j]
          if (a === undefined || b === undefined) continue
          const crossing = a.rects.some((ra) =>
            b.rects.some((rb) => {
              const width = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
              const height = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
              return width > 2 && height > Math.min(ra.height, rb.height) * 0.25
            }),
          )
          if (crossing) faults.push(`"${a.label}" is drawn over "${b.label}"`)
        }
      }
      return faults
    }, pageScrolls)
}
