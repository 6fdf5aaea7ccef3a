import type { MessageId } from '../i18n/message-id'
import type { Translator } from '../i18n/translator'

/** Minutes as printed next to a phase: "3", "1.5" ("1,5" in German). */
export function formatMinutes(minutes: number, intl?: Translator): string {
  const rounded = Math.round(minutes * 10) / 10
  if (intl !== undefined) return intl.formatNumber(rounded, { maximumFractionDigits: 1 })
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

/** Time since the start as "0:05" or "1:30", for workshops with no planned start time. */
export function formatElapsed(minutes: number): string {
  const total = Math.round(minutes)
  return `${String(Math.floor(total / 60))}:${String(total % 60).padStart(2, '0')}`
}

/**
 * A clock time given as "HH:MM" in the language's own way: "9:05 AM" in English, "09:05" in
 * German, Spanish and French.
 */
export function formatClock(intl: Translator, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return intl.formatTime(Date.UTC(2000, 0, 1, hours, minutes), {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  })
}

/**
 * A length as a reader expects: "45 min", "1 h 30 min", "2 h". The symbols are SI symbols every
 * language writes alike; only the number follows the language ("1,5 min").
 */
export function formatLength(intl: Translator, minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10
  if (rounded < 60) return `${formatMinutes(rounded, intl)} min`
  const hours = Math.floor(rounded / 60)
  const rest = Math.round((rounded - hours * 60) * 10) / 10
  return rest === 0
    ? `${intl.formatNumber(hours)} h`
    : `${intl.formatNumber(hours)} h ${formatMinutes(rest, intl)} min`
}

/** One printed message in the handout's language. */
export function say(
  intl: Translator,
  id: MessageId,
  values?: Record<string, string | number>,
): string {
  return intl.formatMessage({ id }, values)
}
