import { useState } from 'react'
import { defaultPaperForLocale } from '@common/handouts/paper'
import { bridge } from '../../lib/bridge'

interface DebriefExportsProps {
  fileName: string
  onProblem: (text: string) => void
  onSaved: (text: string) => void
}

/** Saves the debrief as a PDF (with its chart) or as Markdown, to send to a coordinator. */
export function DebriefExports({ fileName, onProblem, onSaved }: DebriefExportsProps) {
  const [busy, setBusy] = useState<'pdf' | 'markdown' | null>(null)
  const save = (format: 'pdf' | 'markdown') => {
    setBusy(format)
    const paper = defaultPaperForLocale(navigator.language)
    void bridge.exportDebrief({ fileName, format, paper, openAfter: true }).then((result) => {
      setBusy(null)
      if (result.ok) onSaved(`Saved ${result.value.path}`)
      else if (result.code !== 'cancelled') onProblem(result.message)
    })
  }
  return (
    <>
      <button type="button" disabled={busy !== null} onClick={() => save('pdf')}>
        {busy === 'pdf' ? 'Preparing the PDF…' : 'Save debrief as PDF…'}
      </button>
      <button type="button" disabled={busy !== null} onClick={() => save('markdown')}>
        Save as Markdown…
      </button>
    </>
  )
}
