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
        {exporting === 'pdf' ? 'Preparing the PDF…' : 'Save debrief as PDF…'}
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('markdown')}>
        Save as Markdown…
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('xlsx')}>
        Run report (.xlsx)…
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => exportAs('csv')}>
        Run report (.csv)…
      </button>
    </>
  )
}
