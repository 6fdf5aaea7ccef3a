import { FormattedMessage } from 'react-intl'
import type { Debrief } from './useDebrief'

/**
 * Saves the debrief as a PDF (with its chart) or as Markdown, to send to a coordinator, or its
 * planned-against-actual minutes as a spreadsheet.
 */
export function DebriefExports({ debrief }: { debrief: Pick<Debrief, 'exporting' | 'exportAs'> }) {
  const { exporting, exportAs } = debrief
  return (
    <>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('pdf')}>
        <FormattedMessage
          id={exporting === 'pdf' ? 'sessions.export.preparingPdf' : 'sessions.export.pdf'}
        />
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('markdown')}>
        <FormattedMessage id="sessions.export.markdown" />
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('xlsx')}>
        <FormattedMessage id="sessions.export.xlsx" />
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('csv')}>
        <FormattedMessage id="sessions.export.csv" />
      </button>
    </>
  )
}
