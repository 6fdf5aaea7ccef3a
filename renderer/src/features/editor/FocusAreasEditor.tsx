import { FormattedMessage, useIntl } from 'react-intl'
import type { FocusArea } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'
import { TextField } from './TextField'

/** The workshop's focus areas, each with a title and an overview. */
export function FocusAreasEditor({ areas }: { areas: readonly FocusArea[] }) {
  const { edit } = useEditor()
  const intl = useIntl()
  return (
    <fieldset className="ed-group">
      <legend>
        <FormattedMessage id="editor.focusAreas.legend" />
      </legend>
      {areas.map((area, areaIndex) => (
        <div key={area.id} className="ed-subcard">
          <TextField
            label={intl.formatMessage(
              { id: 'editor.focusAreas.areaTitle' },
              { number: areaIndex + 1 },
            )}
            path={fieldPath('focusAreas', areaIndex, 'title')}
            value={area.title}
            onChange={(title) =>
              edit({ type: 'setFocusArea', areaIndex, patch: { title } }, `area.${area.id}.title`)
            }
          />
          <TextField
            label={intl.formatMessage(
              { id: 'editor.focusAreas.areaOverview' },
              { number: areaIndex + 1 },
            )}
            path={fieldPath('focusAreas', areaIndex, 'overview')}
            value={area.overview}
            multiline
            onChange={(overview) =>
              edit(
                { type: 'setFocusArea', areaIndex, patch: { overview } },
                `area.${area.id}.overview`,
              )
            }
          />
          <button
            type="button"
            className="button-quiet"
            onClick={() => edit({ type: 'removeFocusArea', areaIndex })}
          >
            <FormattedMessage id="editor.focusAreas.remove" values={{ title: area.title }} />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => edit({ type: 'addFocusArea' })}>
        <FormattedMessage id="editor.focusAreas.add" />
      </button>
    </fieldset>
  )
}
