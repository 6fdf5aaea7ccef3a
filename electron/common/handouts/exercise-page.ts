import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Exercise } from '../domain/workshop/schema'
import { formatDuration, itemMinutes } from '../domain/workshop/schedule'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { describeFormat, describeGrouping } from '../domain/workshop/grouping-words'
import { formatMinutes } from './wording'
import { buildWorksheetBlock } from './worksheet-blocks'

/** Where an exercise sits in the programme, for the line above its title. */
export interface ExercisePosition {
  number: number
  of: number
  /** The title of the focus area the exercise belongs to, if any. */
  focusArea?: string
}

/**
 * One exercise as participants get it: title, purpose, the prompts phase by phase, then the
 * worksheet. It always starts a new page so each exercise can be handed out on its own.
 */
export function buildExercisePage(
  exercise: Exercise,
  position: ExercisePosition,
  theme: HandoutTheme,
  startsNewPage: boolean,
  anchor?: string,
): Content {
  const kicker = [
    `EXERCISE ${String(position.number)} OF ${String(position.of)}`,
    formatDuration(itemMinutes(exercise)),
    describeFormat(exercise.format),
    ...(exercise.optional ? ['OPTIONAL'] : []),
  ].join('   ·   ')
  return {
    stack: [
      { text: kicker, style: 'kicker', margin: [0, 0, 0, 4], id: anchor },
      { text: exercise.title, style: 'title', margin: [0, 0, 0, 4] },
      ...buildSourceLine(exercise, position, theme),
      { text: exercise.purpose, margin: [0, 0, 0, 12] },
      buildPromptPanel(exercise, theme),
      ...exercise.worksheet.blocks.map((block) => buildWorksheetBlock(block, theme)),
    ],
    pageBreak: startsNewPage ? 'before' : undefined,
  }
}

/**
 * The exercise's place in the guide's frame: its focus area and the guide activity it adapts,
 * so participants can find the original.
 */
function buildSourceLine(
  exercise: Exercise,
  position: ExercisePosition,
  theme: HandoutTheme,
): Content[] {
  const parts: string[] = []
  if (position.focusArea !== undefined) parts.push(position.focusArea)
  const activity = exercise.guideActivity?.trim() ?? ''
  if (activity !== '') parts.push(`Adapts the guide activity “${activity}”`)
  if (parts.length === 0) return []
  return [{ text: parts.join('   ·   '), style: 'small', color: theme.muted, margin: [0, 0, 0, 8] }]
}

/** The prompts in a tinted panel, one row per phase so a long list breaks between phases. */
function buildPromptPanel(exercise: Exercise, theme: HandoutTheme): Content {
  // A prompt the room sees again in a later phase (the same questions for the second partner)
  // is printed once; the later phase points back to it instead.
  const firstPhaseOf = new Map<string, string>()
  const rows: TableCell[][] = exercise.phases
    .filter((phase) => phase.prompts.length > 0)
    .map((phase) => {
      const fresh = phase.prompts.filter((prompt) => !firstPhaseOf.has(prompt))
      const repeatedFrom = [
        ...new Set(phase.prompts.flatMap((prompt) => firstPhaseOf.get(prompt) ?? [])),
      ]
      for (const prompt of fresh) firstPhaseOf.set(prompt, phase.label)
      const items: Content[] = [
        ...fresh,
        ...repeatedFrom.map((label) => ({
          text: `The same questions as in “${label}”.`,
          italics: true,
        })),
      ]
      return [
        {
          stack: [
            {
              text: [
                { text: phase.label, bold: true },
                {
                  text: `   ${formatMinutes(phase.minutes)} min · ${describeGrouping(phase.grouping)}`,
                  style: 'small',
                },
              ],
            },
            { ul: items, margin: [0, 2, 0, 0], markerColor: theme.muted },
          ],
        },
      ]
    })
  if (rows.length === 0) return { text: '' }
  const size = theme.largePrint ? theme.body : theme.body - 1
  // A phase stays on one page only when it surely fits; a longer one breaks inside, never lost.
  const rowsFit = exercise.phases.every((phase) =>
    fitsOnOnePage(
      phase.prompts.reduce(
        (sum, prompt) => sum + estimateTextHeight(prompt, size, theme.contentWidth - 40, 1.2),
        size * 3,
      ),
      theme,
    ),
  )
  return {
    table: { widths: ['*'], body: rows, dontBreakRows: rowsFit },
    // A step smaller than the worksheet text: the prompts are read once, the worksheet is used.
    fontSize: size,
    lineHeight: 1.2,
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 3 : 0),
      vLineColor: () => theme.muted,
      fillColor: () => theme.softTint,
      paddingLeft: () => 12,
      paddingRight: () => 10,
      paddingTop: (row: number) => (row === 0 ? 9 : 4),
      paddingBottom: (row: number, node) => (row === node.table.body.length - 1 ? 9 : 4),
    },
    margin: [0, 0, 0, 4],
  }
}
