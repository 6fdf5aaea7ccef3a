import type { IntlShape } from 'react-intl'
import type { PlaceStep, ProblemPlace } from '@common/domain/workshop/edit/problem-place'

/** The fields of the workshop file a problem can name, each with its words in the catalogue. */
const placeFields = [
  'title',
  'subtitle',
  'description',
  'audience',
  'credits',
  'feedbackUrl',
  'plannedStart',
  'warningSeconds',
  'roomTheme',
  'pairing',
  'language',
  'exercises',
  'overview',
  'focusAreaId',
  'purpose',
  'format',
  'materials',
  'facilitatorNotes',
  'guideTypicalMinutes',
  'min',
  'max',
  'minutes',
  'label',
  'grouping',
  'prompts',
  'roomPrompts',
  'advancesAutomatically',
  'image',
  'alt',
  'placement',
  'roomText',
  'note',
  'hint',
  'lines',
  'size',
  'columns',
  'rows',
  'rowLabels',
  'fields',
  'markers',
  'centre',
  'sectors',
  'items',
] as const
type PlaceField = (typeof placeFields)[number]

const isPlaceField = (field: string): field is PlaceField =>
  (placeFields as readonly string[]).includes(field)

function sayStep(intl: IntlShape, step: PlaceStep): string {
  switch (step.kind) {
    case 'item':
      return intl.formatMessage({ id: 'editor.place.item' }, { title: step.title })
    case 'itemNumber':
      return intl.formatMessage({ id: 'editor.place.itemNumber' }, { number: step.number })
    case 'phase':
      return intl.formatMessage({ id: 'editor.place.phase' }, { number: step.number })
    case 'block':
      return intl.formatMessage({ id: 'editor.place.block' }, { number: step.number })
    case 'focusArea':
      return intl.formatMessage({ id: 'editor.place.focusArea' }, { number: step.number })
    case 'line':
      return intl.formatMessage({ id: 'editor.place.line' }, { number: step.number })
    case 'field':
      // A field the catalogue does not know yet is named as the file names it.
      return isPlaceField(step.field)
        ? intl.formatMessage({ id: `editor.place.field.${step.field}` })
        : step.field
  }
}

/** Where a problem is, in the window's language: “My Network Map” › phase 1 › minutes. */
export function sayProblemPlace(intl: IntlShape, place: ProblemPlace): string {
  if (place.steps.length === 0) return intl.formatMessage({ id: 'editor.place.workshop' })
  return place.steps.map((step) => sayStep(intl, step)).join(' › ')
}
