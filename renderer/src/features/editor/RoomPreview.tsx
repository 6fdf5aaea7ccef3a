import { useCallback, useState } from 'react'
import { FormattedMessage } from 'react-intl'
import type { Workshop } from '@common/domain/workshop/schema'
import { previewRunState } from '@common/domain/workshop/edit/preview'
import type { RunState } from '@common/domain/run/run-state'
import { roomShapes, type RoomShape } from '@common/room/room-shapes'
import { RoomRun } from '../room/RoomRun'
import '../room/room-preview.css'

/** The room laid out at a projector's size, then drawn small: the same layout, only scaled. */
function ShapedRoom({
  shape,
  state,
  shownWidth,
  onFit,
}: {
  shape: RoomShape
  state: RunState
  shownWidth: number
  onFit: (shape: string, continued: boolean) => void
}) {
  const scale = shownWidth / shape.width
  const report = useCallback((continued: boolean) => onFit(shape.name, continued), [onFit, shape])
  return (
    <div
      className="room-preview-frame"
      style={{ width: shownWidth, height: Math.round(shape.height * scale) }}
      data-testid={`room-preview-${shape.name}`}
    >
      <div
        className="room-preview-scaled"
        style={{ width: shape.width, height: shape.height, transform: `scale(${String(scale)})` }}
      >
        <RoomRun state={state} now={0} thumbnail onFit={report} />
      </div>
    </div>
  )
}

/**
 * The room display for one phase, as the room will see it on a 16:9 and a 4:3 projector, with its
 * clock standing at the phase's full length. When the prompts are too long for either shape the
 * room cuts them, and the preview says so.
 */
export function RoomPreview(props: { workshop: Workshop; itemIndex: number; phaseIndex: number }) {
  const paused = previewRunState(props.workshop, props.itemIndex, props.phaseIndex)
  const state: RunState = { ...paused, status: 'running', runningSince: 0, elapsedBeforeMs: 0 }
  const [cut, setCut] = useState<Record<string, boolean>>({})
  const onFit = useCallback(
    (shape: string, continued: boolean) =>
      setCut((current) =>
        current[shape] === continued ? current : { ...current, [shape]: continued },
      ),
    [],
  )
  const cutShapes = Object.values(roomShapes)
    .map((shape) => shape.name)
    .filter((name) => cut[name] === true)
  return (
    <figure className="ed-preview" aria-labelledby="ed-room-preview-title">
      <figcaption id="ed-room-preview-title">
        <FormattedMessage id="editor.roomPreview.caption" />
      </figcaption>
      <div
        className="room-preview-shapes"
        data-testid="room-preview"
        // The same words are in the form beside it; a screen reader need not hear them twice.
        aria-hidden="true"
        inert
      >
        <ShapedRoom shape={roomShapes.wide} state={state} shownWidth={400} onFit={onFit} />
        <ShapedRoom shape={roomShapes.narrow} state={state} shownWidth={200} onFit={onFit} />
      </div>
      {cutShapes.length > 0 && (
        <p className="room-preview-warning" data-testid="room-preview-warning">
          <FormattedMessage
            id="editor.roomPreview.tooLong"
            // Ratios, not words: the same in every language.
            values={{ shapes: cutShapes.join(' / ') }}
          />
        </p>
      )}
    </figure>
  )
}
