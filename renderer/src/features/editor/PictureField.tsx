import type { PhaseImage } from '@common/domain/workshop/schema'
import { useWorkshopImage } from '../../lib/useWorkshopImage'
import { RoomMark } from './RoomMark'
import { SelectField } from './SelectField'
import { TextField } from './TextField'
import { usePictureChooser } from './usePictureChooser'

interface PictureFieldProps {
  /** The phase's name as the editor says it ("Phase 2"). */
  name: string
  image: PhaseImage | undefined
  /** Where problems with the picture are reported, as `exercises[2].phases[0].image`. */
  path: string
  onChange: (image: PhaseImage | undefined, field: string) => void
}

const placements = [
  { value: 'beside', label: 'Beside the prompts' },
  { value: 'instead', label: 'Instead of the prompts' },
] as const

/**
 * A phase's picture on the room screen: choose, replace or remove it, describe it (required, for
 * anyone who cannot see it, and shown when it cannot be drawn), and place it. Handouts do not
 * print pictures.
 */
export function PictureField({ name, image, path, onChange }: PictureFieldProps) {
  const url = useWorkshopImage(image?.ref ?? null)
  const { choose, problem, busy } = usePictureChooser((picture) =>
    onChange(
      { ref: picture.ref, alt: image?.alt ?? '', placement: image?.placement ?? 'beside' },
      'picture',
    ),
  )
  const groupId = `${path.replace(/[^a-z0-9]/gi, '-')}-picture`
  return (
    <div className="ed-picture" role="group" aria-labelledby={`${groupId}-title`}>
      <div className="ed-label-line">
        <span id={`${groupId}-title`} className="ed-picture-title">
          {name} picture
        </span>
        <RoomMark id={`${groupId}-room`} />
      </div>
      {image === undefined ? (
        <p className="ed-hint">
          A PNG, JPEG or SVG picture (at most 8 MB) shown beside the prompts or instead of them.
        </p>
      ) : (
        <div className="ed-picture-body">
          <div className="ed-picture-thumb">
            {url === null ? (
              <span className="muted">Picture not available in this library</span>
            ) : (
              <img src={url} alt={image.alt} />
            )}
          </div>
          <div className="ed-picture-fields">
            <TextField
              label={`${name} picture description (alt text)`}
              hint="Say what the picture shows, for anyone who cannot see it"
              path={`${path}.alt`}
              value={image.alt}
              onChange={(alt) => onChange({ ...image, alt }, 'alt')}
            />
            <SelectField
              label={`${name} picture placement`}
              path={`${path}.placement`}
              value={image.placement}
              options={placements}
              onChange={(placement) => onChange({ ...image, placement }, 'placement')}
            />
          </div>
        </div>
      )}
      <div className="ed-actions">
        <button type="button" onClick={choose} disabled={busy}>
          {image === undefined ? 'Choose picture…' : 'Replace picture…'}
        </button>
        {image !== undefined && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(undefined, 'picture')}
          >
            Remove picture
          </button>
        )}
      </div>
      {problem !== null && (
        <p className="ed-field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
