import { formatLocale, type MessageLanguage } from '@common/i18n/locales'

/**
 * Builds the engine's number and date formatting once, as react-intl's provider would on the
 * first render. The first formatter of a window's process costs 50–100 ms (the engine gathers its
 * locale data then, and a slow phone pays four times that); done while the first reads are on
 * their way, it is paid while the page would otherwise wait, not after the words arrive.
 */
export function warmUpIntl(language: MessageLanguage): void {
  const locale = formatLocale(language)
  Intl.NumberFormat.supportedLocalesOf(locale)
  Intl.DateTimeFormat.supportedLocalesOf(locale)
}
