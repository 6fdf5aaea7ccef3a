import type { MessageId } from './message-id'

/**
 * Words a pure module has to say, named rather than written: the window or document that shows
 * them formats the message in its own language. The values fill the message's placeholders.
 */
export interface MessageRef {
  id: MessageId
  values?: Readonly<Record<string, string | number>>
}

/** A message and its values, as a `MessageRef`. */
export function messageRef(id: MessageId, values?: MessageRef['values']): MessageRef {
  return values === undefined ? { id } : { id, values }
}

/** Anything that formats messages: react-intl's `useIntl()` in a window, `translatorFor` in Node. */
export interface MessageFormatter {
  formatMessage(
    descriptor: { id: MessageId },
    values?: Readonly<Record<string, string | number>>,
  ): string
}

/** The words of `ref` in the formatter's language. */
export function formatRef(formatter: MessageFormatter, ref: MessageRef): string {
  return formatter.formatMessage({ id: ref.id }, ref.values)
}
