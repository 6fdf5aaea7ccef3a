/**
 * The console's library screen as drawn in `root`, for the next start to show before its script
 * has run (the main process keeps it, and serves it inside the console's page). A copy: its lists
 * show the option chosen (a property the markup does not carry), and it is inert, so nothing in
 * it can be pressed or focused before the live screen replaces it.
 */
export function firstScreenCopy(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement
  const liveLists = root.querySelectorAll('select')
  copy.querySelectorAll('select').forEach((list, index) => {
    const chosen = liveLists[index]?.value
    for (const option of list.options) option.toggleAttribute('selected', option.value === chosen)
  })
  for (const part of copy.children) part.setAttribute('inert', '')
  return copy.innerHTML
}
