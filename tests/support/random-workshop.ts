import fc from 'fast-check'
import {
  CURRENT_SCHEMA_VERSION,
  workshopSchema,
  type Workshop,
} from '@common/domain/workshop/schema'

/**
 * Random workshops for layout tests, written in made-up words that are each unique ("q1a2b"),
 * so a test can tell exactly which words a PDF lost, wherever the layout put the rest. Sizes lean
 * towards the extremes that break layouts: long prompts, many phases, big tables, long titles.
 */
export const arbitraryWorkshop: fc.Arbitrary<Workshop> = fc
  .record({
    titleWords: fc.integer({ min: 1, max: 17 }),
    exercises: fc.array(arbitraryExerciseShape(), { minLength: 1, maxLength: 2 }),
  })
  .map((shape) => fillWorkshop(shape))

type ExerciseShape =
  ReturnType<typeof arbitraryExerciseShape> extends fc.Arbitrary<infer T> ? T : never

function wordCount(small: number, big: number) {
  return fc.oneof(fc.integer({ min: 1, max: small }), fc.integer({ min: small, max: big }))
}

function arbitraryBlockShape() {
  const text = { labelWords: wordCount(6, 28), hintWords: fc.integer({ min: 0, max: 57 }) }
  return fc.oneof(
    fc.record({ kind: fc.constant('lines'), lines: fc.integer({ min: 1, max: 40 }), ...text }),
    fc.record({ kind: fc.constant('box'), size: fc.constantFrom('small', 'large'), ...text }),
    fc.record({
      kind: fc.constant('table'),
      columns: fc.array(wordCount(3, 8), { minLength: 1, maxLength: 6 }),
      rows: fc.integer({ min: 1, max: 40 }),
      rowLabels: fc.array(wordCount(3, 12), { maxLength: 20 }),
      ...text,
    }),
    fc.record({
      kind: fc.constant('partnerGrid'),
      fields: fc.array(wordCount(3, 10), { minLength: 1, maxLength: 20 }),
      ...text,
    }),
    fc.record({ kind: fc.constant('timeline'), markers: fc.integer({ min: 1, max: 16 }), ...text }),
    fc.record({
      kind: fc.constant('networkMap'),
      sectors: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 12 }),
      ...text,
    }),
    fc.record({
      kind: fc.constant('checkboxes'),
      items: fc.array(wordCount(5, 30), { minLength: 1, maxLength: 20 }),
      ...text,
    }),
  )
}

function arbitraryExerciseShape() {
  return fc.record({
    titleWords: wordCount(4, 17),
    purposeWords: wordCount(20, 100),
    phases: fc.array(
      fc.record({
        labelWords: wordCount(3, 17),
        prompts: fc.array(wordCount(20, 250), { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    notes: fc.array(wordCount(20, 150), { maxLength: 8 }),
    blocks: fc.array(arbitraryBlockShape(), { minLength: 1, maxLength: 6 }),
    optional: fc.boolean(),
  })
}

function fillWorkshop(shape: { titleWords: number; exercises: ExerciseShape[] }): Workshop {
  let next = 36 ** 3
  // Five-character words, unique across the whole workshop.
  const words = (count: number) =>
    Array.from({ length: count }, () => `q${(next++).toString(36)}`).join(' ')
  return workshopSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: words(shape.titleWords),
    description: words(10),
    audience: '',
    credits: [words(12)],
    plannedStart: '09:00',
    focusAreas: [],
    exercises: shape.exercises.map((exercise, index) => ({
      kind: 'exercise',
      id: `exercise-${String(index + 1)}`,
      title: words(exercise.titleWords),
      focusAreaId: null,
      purpose: words(exercise.purposeWords),
      format: ['pairs'],
      materials: [words(3)],
      facilitatorNotes: exercise.notes.map(words),
      optional: exercise.optional,
      phases: exercise.phases.map((phase) => ({
        label: words(phase.labelWords),
        minutes: 5,
        grouping: 'pairs',
        prompts: phase.prompts.map(words),
      })),
      worksheet: {
        blocks: exercise.blocks.map((block) => {
          const common = {
            kind: block.kind,
            label: words(block.labelWords),
            hint: block.hintWords === 0 ? undefined : words(block.hintWords),
          }
          switch (block.kind) {
            case 'lines':
              return { ...common, lines: block.lines }
            case 'box':
              return { ...common, size: block.size }
            case 'table':
              return {
                ...common,
                columns: block.columns.map(words),
                rows: block.rows,
                rowLabels: block.rowLabels.length === 0 ? undefined : block.rowLabels.map(words),
              }
            case 'partnerGrid':
              return { ...common, fields: block.fields.map(words) }
            case 'timeline':
              return { ...common, markers: block.markers }
            case 'networkMap':
              return { ...common, centre: words(1), sectors: block.sectors.map(words) }
            case 'checkboxes':
              return { ...common, items: block.items.map(words) }
          }
        }),
      },
    })),
  })
}
