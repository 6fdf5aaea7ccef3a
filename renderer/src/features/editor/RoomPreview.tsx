import { useEffect, useState } from 'react'
import type { Workshop } from '@common/domain/workshop/schema'
import { previewRunState } from '@common/domain/workshop/edit/preview'
import { RoomRun } from '../room/RoomRun'

const PREVIEW_WIDTH = 360

function useViewport() {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight })
  const [size, setSize] = useState(read)
  useEffect(() => {
    const update = () => setSize(read())
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return size
}

/**
 * The room display for one phase, as the room will see it. The room sizes its type by the
 * viewport, so the preview draws it at full viewport size and scales the whole box down.
 */
export function RoomPreview(props: { workshop: Workshop; itemIndex: number; phaseIndex: number }) {
  const viewport = useViewport()
  const scale = PREVIEW_WIDTH / viewport.width
  const state = previewRunState(props.workshop, props.itemIndex, props.phaseIndex)
  return (
    <figure className="ed-preview" aria-labelledby="ed-room-preview-title">
      <figcaption id="ed-room-preview-title">Room display preview</figcaption>
      <div
        className="ed-room-frame"
        style={{ width: PREVIEW_WIDTH, height: Math.round(viewport.height * scale) }}
        data-testid="room-preview"
        // The same words are in the form beside it; a screen reader need not hear them twice.
        aria-hidden="true"
        inert
      >
        <div
          className="ed-room-scaled"
          style={{
            width: viewport.width,
            height: viewport.height,
            transform: `scale(${String(scale)})`,
          }}
        >
          <RoomRun state={state} />
        </div>
      </div>
    </figure>
  )
}
