import type { Page } from '@playwright/test'

/**
 * Words inside `selector` that do not fit sideways where they are drawn: text past the window's
 * right edge, a box whose text overflows it sideways, and a select too narrow for its chosen
 * option. (Scrolling down is no fault, and long text the user typed into a one-line input is
 * theirs.) Elements inside `skip` are not looked at.
 */
export async function findSidewaysFaults(
  page: Page,
  selector: string,
  skip?: string,
): Promise<string[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((root, skip) => {
      const faults: string[] = []
      const width = document.documentElement.clientWidth
      if (document.documentElement.scrollWidth > width) faults.push('the page scrolls sideways')
      const canvas = document.createElement('canvas').getContext('2d')
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (skip !== null && element.closest(skip) !== null) continue
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
          // What a person types is theirs; the hint shown in an empty field is the app's words.
          const hint = element.value === '' ? element.placeholder : ''
          if (hint === '' || canvas === null || element.getClientRects().length === 0) continue
          const style = getComputedStyle(element)
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
          const room =
            element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
          if (element instanceof HTMLInputElement && canvas.measureText(hint).width > room)
            faults.push(`the field's hint "${hint}" is cut`)
          continue
        }
        // Not drawn, or drawn for screen readers only (a one-pixel clip).
        if (element.getClientRects().length === 0) continue
        if (element.closest('.visually-hidden') !== null) continue
        const text = element.textContent.trim().slice(0, 40)
        if (element.getBoundingClientRect().right > width + 1)
          faults.push(`"${text}" passes the edge`)
        if (element instanceof HTMLSelectElement) {
          const style = getComputedStyle(element)
          if (canvas === null) continue
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
          const chosen = element.selectedOptions[0]?.textContent ?? ''
          const room =
            element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
          if (canvas.measureText(chosen).width > room)
            faults.push(`the select shows "${chosen}" cut`)
        } else if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
          const box = [element.localName, ...element.classList].join('.')
          const by = element.scrollWidth - element.clientWidth
          faults.push(`"${text}" overflows its box (${box}) by ${String(by)} px`)
        }
      }
      return faults
    }, skip ?? null)
}
