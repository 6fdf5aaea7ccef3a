import { newExercise } from './edit/new-items'
import { CURRENT_SCHEMA_VERSION, type Workshop } from './schema'

/** A new workshop with one exercise to start from: the exercise the editor adds, as the first. */
export function blankWorkshop(title: string): Workshop {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title,
    subtitle: '',
    description: '',
    audience: '',
    credits: [],
    plannedStart: null,
    roomTheme: 'dark',
    pairing: 'newPartners',
    warningSeconds: 60,
    focusAreas: [],
    exercises: [{ ...newExercise('first-exercise'), title: 'First exercise' }],
  }
}
