import { useState } from 'react'
import type { ChosenPicture } from '@common/api/library-types'
import { bridge } from '../../lib/bridge'

/**
 * Choosing a picture for a phase: the open dialog, the checks in main, and what went wrong in
 * words. A cancelled dialog is not a problem.
 */
export function usePictureChooser(onChosen: (picture: ChosenPicture) => void) {
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const choose = () => {
    setBusy(true)
    setProblem(null)
    void bridge.choosePicture({}).then((result) => {
      setBusy(false)
      if (result.ok) onChosen(result.value)
      else if (result.code !== 'cancelled') setProblem(result.message)
    })
  }
  return { choose, problem, busy }
}
