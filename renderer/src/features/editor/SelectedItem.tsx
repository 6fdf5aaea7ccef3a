import type { WorkshopHistory } from '@common/domain/session/across-sessions'
import type { Workshop } from '@common/domain/workshop/schema'
import { BreakEditor } from './BreakEditor'
import { ExerciseEditor } from './ExerciseEditor'
import { RoomPreview } from './RoomPreview'
import { WorksheetPreview } from './WorksheetPreview'

interface SelectedItemProps {
  workshop: Workshop
  index: number
  /** What past sessions of this workshop took, or null. */
  past: WorkshopHistory | null
  previewPhase: number
  onPreviewPhase: (phaseIndex: number) => void
}

/** The selected agenda item: the room and worksheet previews above its editor. */
export function SelectedItem({
  workshop,
  index,
  past,
  previewPhase,
  onPreviewPhase,
}: SelectedItemProps) {
  const item = workshop.exercises[index]
  if (item === undefined) return null
  return (
    <>
      <div className="ed-previews">
        <RoomPreview workshop={workshop} itemIndex={index} phaseIndex={previewPhase} />
        {item.kind === 'exercise' && <WorksheetPreview exercise={item} />}
      </div>
      {item.kind === 'exercise' ? (
        <ExerciseEditor
          exercise={item}
          index={index}
          focusAreas={workshop.focusAreas}
          typical={past?.items.find((entry) => entry.itemId === item.id) ?? null}
          previewPhase={previewPhase}
          onPreviewPhase={onPreviewPhase}
        />
      ) : (
        <BreakEditor item={item} index={index} />
      )}
    </>
  )
}
