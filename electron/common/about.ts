import type { MessageFormatter } from './i18n/message-ref'

/**
 * What Help › About says, in the app's language: the app, its version, and the guide the built-in
 * workshop adapts. The names of the guide, its makers and the grant stay as they are published.
 */
export function aboutText(version: string, t: MessageFormatter): { title: string; detail: string } {
  return {
    title: `Facilitator ${version}`,
    detail: [
      t.formatMessage({ id: 'about.summary' }),
      t.formatMessage(
        { id: 'about.credit' },
        {
          workshop: 'Mentoring Both Ways',
          guide: 'Library as Research Lab Mentoring Guide',
          makers: 'University of Michigan School of Information and U-M Library',
          grant: 'RE-95-17-0104-17',
        },
      ),
    ].join('\n\n'),
  }
}
