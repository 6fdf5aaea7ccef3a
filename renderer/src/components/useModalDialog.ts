import { useEffect, useRef } from 'react'

/**
 * A ref for a `<dialog>` that opens as a modal as soon as it is shown: the page behind it is
 * inert, the focus moves into it, and Esc closes it (through its `onClose`).
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])
  return dialog
}
