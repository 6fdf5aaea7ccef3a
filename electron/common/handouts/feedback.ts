import type { Content } from 'pdfmake/interfaces'
import type { Workshop } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'
import { say } from './wording'

/** The printed QR code's side: 32 mm, which phones read from arm's length on any printer. */
const QR_SIDE = (32 / 25.4) * 72

/**
 * Where to give feedback: the workshop's feedback link as a QR code with the link in text
 * beside it, for anyone whose phone cannot scan or who has no phone. Nothing when the workshop
 * has no feedback link: then no page asks anyone to scan anything.
 */
export function buildFeedbackBlock(workshop: Workshop, theme: HandoutTheme): Content | null {
  const url = workshop.feedbackUrl?.trim() ?? ''
  if (url === '') return null
  return {
    columns: [
      { qr: url, fit: QR_SIDE, eccLevel: 'M', width: QR_SIDE + 8 },
      {
        width: '*',
        stack: [
          { text: say(theme.intl, 'print.feedback.title'), style: 'heading', margin: [0, 0, 0, 6] },
          {
            text: say(theme.intl, 'print.feedback.how'),
            margin: [0, 0, 0, 6],
          },
          { text: url, style: 'strong' },
        ],
      },
    ],
    columnGap: 16,
    margin: [0, theme.largePrint ? 28 : 22, 0, 0],
    unbreakable: true,
  }
}
