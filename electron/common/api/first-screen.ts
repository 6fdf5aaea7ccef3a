/**
 * The console's window loads the app's page with this query (the room's loads it without): the
 * app's scheme then serves the page with the library screen the console's last start kept already
 * inside its `#root`, drawn as the page is parsed, before the app's own script has run.
 */
export const CONSOLE_PAGE_QUERY = 'view=console'

/** The URL the console's window loads, for the app's page at `appUrl`. */
export function consolePageUrl(appUrl: string): string {
  return `${appUrl}?${CONSOLE_PAGE_QUERY}#/console`
}

/** True when a request for the app's page with `search` comes from the console's window. */
export function isConsolePageQuery(search: URLSearchParams): boolean {
  const [name, value] = CONSOLE_PAGE_QUERY.split('=')
  return name !== undefined && search.get(name) === value
}
