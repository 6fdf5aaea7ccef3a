import { useMemo, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { OpenedWorkshop } from '@common/api/contract'
import { validateEdited } from '@common/domain/workshop/edit/validation'
import { Notice } from '../../components/Notice'
import { AgendaEditor } from './AgendaEditor'
import { CopyExercises } from './CopyExercises'
import { EditorContext } from './editor-context'
import { EditorToolbar } from './EditorToolbar'
import { FitToSlot } from './FitToSlot'
import { ProblemList } from './ProblemList'
import { SelectedItem } from './SelectedItem'
import { useWorkshopHistory } from '../workshop/useWorkshopHistory'
import { useAutosave } from './useAutosave'
import { useEditorFile } from './useEditorFile'
import { useEditorHistory } from './useEditorHistory'
import { useUndoShortcuts } from './useUndoShortcuts'
import { WorkshopFields } from './WorkshopFields'
import './editor.css'

interface EditorScreenProps {
  opened: OpenedWorkshop
  /**
   * Leaves the editor once the edits are saved (or the facilitator chose to leave anyway); with
   * the workshop as reopened when a new title gave its file a new name.
   */
  onDone: (renamed: OpenedWorkshop | null) => void
}

/** Edits a library workshop: details, agenda, exercises, with undo, autosave and previews. */
export function EditorScreen({ opened, onDone }: EditorScreenProps) {
  const intl = useIntl()
  const history = useEditorHistory(opened.workshop)
  // What past sessions took, for "use the typical time"; without any, the editor shows nothing.
  const past = useWorkshopHistory(opened.ref).history
  const { workshop, edit, sealStep } = history
  const autosave = useAutosave(opened.ref, workshop, opened.revision)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [previewPhase, setPreviewPhase] = useState(0)
  const file = useEditorFile(opened.ref)
  // Set when leaving was refused; the notice then offers to leave anyway.
  const [leaveRefused, setLeaveRefused] = useState(false)
  useUndoShortcuts(history.undo, history.redo)

  const problems = useMemo(() => validateEdited(workshop).problems, [workshop])
  const context = useMemo(() => ({ edit, sealStep, problems }), [edit, sealStep, problems])
  const selectedIndex = workshop.exercises.findIndex((item) => item.id === selectedId)

  const select = (id: string | null) => {
    setSelectedId(id)
    setPreviewPhase(0)
  }
  const reload = () => {
    file.reload((read) => {
      history.reset(read.workshop)
      autosave.adopt(read.workshop, read.revision)
    })
  }
  const refuseLeaving = (text: string | null) => {
    if (text !== null) file.warn(text)
    setLeaveRefused(true)
  }
  const leave = async () => {
    if (!(await autosave.flush())) {
      refuseLeaving(intl.formatMessage({ id: 'editor.leave.unsaved' }))
      return
    }
    const title = workshop.title.trim()
    if (title === opened.workshop.title) {
      onDone(null)
      return
    }
    // The edits are saved under the old file name; the rename's failure is in the notice.
    if (!(await file.rename(title, onDone))) refuseLeaving(null)
  }

  return (
    <EditorContext.Provider value={context}>
      <article className="ed" aria-labelledby="ed-title">
        <EditorToolbar
          title={workshop.title}
          saveState={autosave.state}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={history.undo}
          onRedo={history.redo}
          onDone={() => void leave()}
          onRetry={autosave.retry}
          onReload={reload}
          onOverwrite={autosave.overwrite}
        />
        <Notice
          message={file.notice}
          onDismiss={() => {
            setLeaveRefused(false)
            file.dismiss()
          }}
        >
          {leaveRefused && (
            <button type="button" onClick={() => onDone(null)}>
              <FormattedMessage id="editor.leave.anyway" />
            </button>
          )}
        </Notice>
        <ProblemList
          workshop={workshop}
          problems={problems}
          onGoTo={(itemIndex) =>
            select(itemIndex === null ? null : (workshop.exercises[itemIndex]?.id ?? null))
          }
        />
        <div className="ed-columns">
          <div className="ed-side">
            <AgendaEditor workshop={workshop} selectedId={selectedId} onSelect={select} />
            <FitToSlot workshop={workshop} />
            <CopyExercises
              insertAt={selectedIndex === -1 ? workshop.exercises.length : selectedIndex + 1}
            />
          </div>
          <div className="ed-main">
            {selectedIndex === -1 ? (
              <WorkshopFields workshop={workshop} />
            ) : (
              <SelectedItem
                workshop={workshop}
                index={selectedIndex}
                past={past}
                previewPhase={previewPhase}
                onPreviewPhase={setPreviewPhase}
              />
            )}
          </div>
        </div>
      </article>
    </EditorContext.Provider>
  )
}
