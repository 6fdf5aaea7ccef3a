import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { Workshop } from '@common/domain/workshop/schema'
import type { WorkshopFields as Fields } from '@common/domain/workshop/edit/operations'
import { useEditor } from './editor-context'
import { FocusAreasEditor } from './FocusAreasEditor'
import { ListField } from './ListField'
import { NumberField } from './NumberField'
import { RoomMark } from './RoomMark'
import { SelectField } from './SelectField'
import { TextField } from './TextField'
import { WorkshopLanguageField } from './WorkshopLanguageField'

/** The workshop as a whole: what it is called, who it is for, when it starts, its focus areas. */
export function WorkshopFields({ workshop }: { workshop: Workshop }) {
  const { edit } = useEditor()
  const intl = useIntl()
  const say = (id: MessageId) => intl.formatMessage({ id })
  const set =
    <K extends keyof Fields>(field: K) =>
    (value: Fields[K]) => {
      edit({ type: 'setWorkshop', patch: { [field]: value } }, `workshop.${field}`)
    }
  return (
    <section className="ed-panel" aria-labelledby="ed-workshop-title">
      <h2 id="ed-workshop-title">
        <FormattedMessage id="editor.workshop.title" />
      </h2>
      <p className="ed-hint ed-room-legend">
        <FormattedMessage
          id="editor.workshop.legend"
          values={{ mark: <RoomMark id="ed-room-legend-mark" /> }}
        />
      </p>
      <TextField
        label={say('editor.workshop.titleField')}
        onRoom
        path="title"
        value={workshop.title}
        onChange={set('title')}
      />
      <TextField
        label={say('editor.workshop.subtitle')}
        onRoom
        path="subtitle"
        value={workshop.subtitle}
        onChange={set('subtitle')}
      />
      <TextField
        label={say('editor.workshop.description')}
        path="description"
        value={workshop.description}
        onChange={set('description')}
        multiline
      />
      <TextField
        label={say('editor.workshop.audience')}
        path="audience"
        value={workshop.audience}
        onChange={set('audience')}
      />
      <ListField
        label={say('editor.workshop.credits')}
        onRoom
        hint={say('editor.workshop.creditsHint')}
        path="credits"
        values={workshop.credits}
        onChange={set('credits')}
      />
      <TextField
        label={say('editor.workshop.feedbackUrl')}
        hint={say('editor.workshop.feedbackHint')}
        path="feedbackUrl"
        value={workshop.feedbackUrl ?? ''}
        onChange={(value) => set('feedbackUrl')(value.trim() === '' ? undefined : value)}
      />
      <div className="ed-row">
        <TextField
          label={say('editor.workshop.plannedStart')}
          path="plannedStart"
          value={workshop.plannedStart ?? ''}
          onChange={(value) => set('plannedStart')(value.trim() === '' ? null : value)}
        />
        <NumberField
          label={say('editor.workshop.warningSeconds')}
          path="warningSeconds"
          value={workshop.warningSeconds}
          onChange={set('warningSeconds')}
        />
      </div>
      <WorkshopLanguageField value={workshop.language} onChange={set('language')} />
      <SelectField
        label={say('editor.workshop.roomTheme')}
        path="roomTheme"
        value={workshop.roomTheme}
        options={[
          { value: 'dark', label: say('editor.workshop.theme.dark') },
          { value: 'light', label: say('editor.workshop.theme.light') },
          { value: 'highContrast', label: say('editor.workshop.theme.highContrast') },
        ]}
        onChange={set('roomTheme')}
      />
      <SelectField
        label={say('editor.workshop.pairing')}
        path="pairing"
        value={workshop.pairing}
        options={[
          { value: 'newPartners', label: say('editor.workshop.pairing.newPartners') },
          { value: 'onePartner', label: say('editor.workshop.pairing.onePartner') },
        ]}
        onChange={set('pairing')}
      />
      <FocusAreasEditor areas={workshop.focusAreas} />
    </section>
  )
}
