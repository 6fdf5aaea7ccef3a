import { CURRENT_SCHEMA_VERSION, type Workshop } from './schema'

/** A new workshop with one exercise to start from. */
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
    warningSeconds: 60,
    focusAreas: [],
    exercises: [
      {
        kind: 'exercise',
        id: 'first-exercise',
        title: 'First exercise',
        focusAreaId: null,
        guideActivity: null,
        purpose: 'Describe what this exercise is for.',
        format: ['solo'],
        materials: [],
        facilitatorNotes: [],
        guideTypicalMinutes: null,
        flexible: true,
        optional: false,
        phases: [
          {
            label: 'Reflect',
            minutes: 10,
            grouping: 'solo',
            prompts: ['Write the first prompt here.'],
            advancesAutomatically: false,
          },
        ],
        worksheet: { blocks: [{ kind: 'lines', label: 'Notes', lines: 8 }] },
      },
    ],
  }
}
