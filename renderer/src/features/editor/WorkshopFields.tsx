import type { Workshop } from '@common/domain/workshop/schema'
import type { WorkshopFields as Fields } from '@common/domain/workshop/edit/operations'
import { useEditor } from './editor-context'
import { FocusAreasEditor } from './FocusAreasEditor'
import { ListField } from './ListField'
import { NumberField } from './NumberField'
import { RoomMark } from './RoomMark'
import { SelectField } from './SelectField'
import { TextField } from './TextField'

const roomThemes = [
  { value: 'dark', label: 'Dark: light text on black, for dim rooms' },
  { value: 'light', label: 'Light: dark text on white, for bright rooms' },
  { value: 'highContrast', label: 'High contrast: the strongest text, for large or far rooms' },
] as const

const pairings = [
  { value: 'newPartners', label: 'New partners each exercise' },
  { value: 'onePartner', label: 'One partner (or group) all day' },
] as const

/** The workshop as a whole: what it is called, who it is for, when it starts, its focus areas. */
export function WorkshopFields({ workshop }: { workshop: Workshop }) {
  const { edit } = useEditor()
  const set =
    <K extends keyof Fields>(field: K) =>
    (value: Fields[K]) => {
      edit({ type: 'setWorkshop', patch: { [field]: value } }, `workshop.${field}`)
    }
  return (
    <section className="ed-panel" aria-labelledby="ed-workshop-title">
      <h2 id="ed-workshop-title">Workshop details</h2>
      <p className="ed-hint ed-room-legend">
        Fields marked <RoomMark id="ed-room-legend-mark" /> are projected for the whole room;
        everything else is for you and the handouts.
      </p>
      <TextField label="Title" onRoom path="title" value={workshop.title} onChange={set('title')} />
      <TextField
        label="Subtitle"
        onRoom
        path="subtitle"
        value={workshop.subtitle}
        onChange={set('subtitle')}
      />
      <TextField
        label="Description"
        path="description"
        value={workshop.description}
        onChange={set('description')}
        multiline
      />
      <TextField
        label="Audience"
        path="audience"
        value={workshop.audience}
        onChange={set('audience')}
      />
      <ListField
        label="Credits"
        onRoom
        hint="One line each"
        path="credits"
        values={workshop.credits}
        onChange={set('credits')}
      />
      <TextField
        label="Feedback link"
        hint="A full https:// address. The pack prints it as a QR code with the link beside it."
        path="feedbackUrl"
        value={workshop.feedbackUrl ?? ''}
        onChange={(value) => set('feedbackUrl')(value.trim() === '' ? undefined : value)}
      />
      <div className="ed-row">
        <TextField
          label="Planned start (HH:MM, empty for none)"
          path="plannedStart"
          value={workshop.plannedStart ?? ''}
          onChange={(value) => set('plannedStart')(value.trim() === '' ? null : value)}
        />
        <NumberField
          label="Warning before a phase ends (seconds)"
          path="warningSeconds"
          value={workshop.warningSeconds}
          onChange={set('warningSeconds')}
        />
      </div>
      <SelectField
        label="Room screen theme"
        path="roomTheme"
        value={workshop.roomTheme}
        options={roomThemes}
        onChange={set('roomTheme')}
      />
      <SelectField
        label="Pairing, as the roster panel starts"
        path="pairing"
        value={workshop.pairing}
        options={pairings}
        onChange={set('pairing')}
      />
      <FocusAreasEditor areas={workshop.focusAreas} />
    </section>
  )
}
