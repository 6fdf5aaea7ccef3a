import { FormattedMessage, useIntl } from 'react-intl'
import type { PhaseImage } from '@common/domain/workshop/schema'
import { useWorkshopImage } from '../../lib/useWorkshopImage'
import { RoomMark } from './RoomMark'
import { SelectField } from './SelectField'
import { TextField } from './TextField'
import { usePictureChooser } from './usePictureChooser'

interface PictureFieldProps {
  /** The phase's number, counting from 1, as the editor names it ("Phase 2"). */
  phaseNumber: number
  image: PhaseImage | undefined
  /** Where problems with the picture are reported, as `exercises[2].phases[0].image`. */
  path: string
  onChange: (image: PhaseImage | undefined, field: string) => void
}

/** The largest picture main accepts, as the hint says it. */
const MAX_PICTURE_MEGABYTES = 8

/**
 * A phase's picture on the room screen: choose, replace or remove it, describe it (required, for
 * anyone who cannot see it, and shown when it cannot be drawn), and place it. Handouts do not
 * print pictures.
 */
export function PictureField({ phaseNumber, image, path, onChange }: PictureFieldProps) {
  const intl = useIntl()
  const number = { number: phaseNumber }
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
          <FormattedMessage id="editor.picture.title" values={number} />
        </span>
        <RoomMark id={`${groupId}-room`} />
      </div>
      {image === undefined ? (
        <p className="ed-hint">
          <FormattedMessage
            id="editor.picture.hint"
            values={{ megabytes: MAX_PICTURE_MEGABYTES }}
          />
        </p>
      ) : (
        <div className="ed-picture-body">
          <div className="ed-picture-thumb">
            {url === null ? (
              <span className="muted">
                <FormattedMessage id="editor.picture.unavailable" />
              </span>
            ) : (
              <img src={url} alt={image.alt} />
            )}
          </div>
          <div className="ed-picture-fields">
            <TextField
              label={intl.formatMessage({ id: 'editor.picture.alt' }, number)}
              hint={intl.formatMessage({ id: 'editor.picture.altHint' })}
              path={`${path}.alt`}
              value={image.alt}
              onChange={(alt) => onChange({ ...image, alt }, 'alt')}
            />
            <SelectField
              label={intl.formatMessage({ id: 'editor.picture.placement' }, number)}
              path={`${path}.placement`}
              value={image.placement}
              options={[
                { value: 'beside', label: intl.formatMessage({ id: 'editor.picture.beside' }) },
                { value: 'instead', label: intl.formatMessage({ id: 'editor.picture.instead' }) },
              ]}
              onChange={(placement) => onChange({ ...image, placement }, 'placement')}
            />
          </div>
        </div>
      )}
      <div className="ed-actions">
        <button type="button" onClick={choose} disabled={busy}>
          <FormattedMessage
            id={image === undefined ? 'editor.picture.choose' : 'editor.picture.replace'}
          />
        </button>
        {image !== undefined && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(undefined, 'picture')}
          >
            <FormattedMessage id="editor.picture.remove" />
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
