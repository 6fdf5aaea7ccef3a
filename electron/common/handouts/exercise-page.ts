import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Exercise, WorksheetBlock } from '../domain/workshop/schema'
import { itemMinutes } from '../domain/workshop/schedule'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { describeFormatIn, describeGroupingIn } from './grouping-words'
import { formatLength, formatMinutes, say } from './wording'
import { buildWorksheet, buildWorksheetBlock } from './worksheet-blocks'

/** Where an exercise sits in the programme, for the line above its title. */
export interface ExercisePosition {
  number: number
  of: number
  /** The title of the focus area the exercise belongs to, if any. */
  focusArea?: string
}

/**
 * One exercise as participants get it: title, purpose, the prompts phase by phase, then the
 * worksheet. In a pack the exercises follow one another down the pages (a rule and some space
 * between them), so no page is left half empty; `startsNewPage` starts it on a fresh page
 * instead, for a single worksheet or a double-sided pack. The head (with `mark`, when given)
 * stays with the first phase of the prompts, so a title never ends a page alone.
 */
export function buildExercisePage(
  exercise: Exercise,
  position: ExercisePosition,
  theme: HandoutTheme,
  place: {
    /** Start on a fresh page (a double-sided pack). */
    startsNewPage?: boolean
    /** Draw a rule above: the exercise follows other content on its page. */
    followsContent?: boolean
    /** The id by which a first printing finds the page it starts on. */
    anchor?: string
    /** A page mark (see `page-marks`), kept with the title. */
    mark?: Content
  } = {},
): Content {
  const { startsNewPage = false, followsContent = false, anchor, mark } = place
  const kicker = [
    say(theme.intl, 'print.exercise.kicker', { number: position.number, count: position.of }),
    formatLength(theme.intl, itemMinutes(exercise)),
    describeFormatIn(theme.intl, exercise.format),
    ...(exercise.optional ? [say(theme.intl, 'print.exercise.optionalKicker')] : []),
  ].join('   ·   ')
  // A worksheet that opens with a drawing or a grid for the first phase's task (the network
  // map, the journey, the grid to fill in alone) goes straight after that phase, and the later
  // phases (talking it over) follow it: the order people use them in, and the drawing no longer
  // waits a page for the last prompts to end.
  // The schema requires at least one block.
  const [firstBlock, ...laterBlocks] = exercise.worksheet.blocks as [
    WorksheetBlock,
    ...WorksheetBlock[],
  ]
  const drawsFirst =
    ['networkMap', 'timeline', 'partnerGrid'].includes(firstBlock.kind) &&
    exercise.phases.filter((phase) => phase.prompts.length > 0).length > 1
  const [firstPhase, ...otherPhases] = buildPromptPanel(exercise, theme, drawsFirst)
  const head: Content[] = [
    ...(mark === undefined ? [] : [mark]),
    ...(startsNewPage || !followsContent ? [] : [buildSeparator(theme)]),
    { text: kicker, style: 'kicker', margin: [0, 0, 0, 4], id: anchor },
    { text: exercise.title, style: 'title', margin: [0, 0, 0, 4] },
    ...buildSourceLine(exercise, position, theme),
    { text: exercise.purpose, margin: [0, 0, 0, 12] },
  ]
  const headHeight =
    estimateTextHeight(exercise.title, theme.body * 1.9, theme.contentWidth, 1.1) +
    estimateTextHeight(exercise.purpose, theme.body, theme.contentWidth) +
    theme.body * 5 +
    (firstPhase?.height ?? 0)
  return {
    stack: [
      {
        stack: [...head, ...(firstPhase === undefined ? [] : [firstPhase.content])],
        // The estimate is generous (wide letters, lines counted high), so four fifths of a page
        // is still a safe bound, and a title never ends a page without its first prompts.
        unbreakable: headHeight <= theme.contentHeight * 0.8,
      },
      ...(drawsFirst
        ? [
            buildWorksheetBlock(firstBlock, theme),
            { text: '', margin: [0, 0, 0, 8] as [number, number, number, number] },
            ...otherPhases.map((phase) => phase.content),
            ...buildWorksheet(laterBlocks, theme),
          ]
        : [
            ...otherPhases.map((phase) => phase.content),
            ...buildWorksheet(exercise.worksheet.blocks, theme),
          ]),
    ],
    pageBreak: startsNewPage ? 'before' : undefined,
  }
}

/** A full-width rule with space around it, between exercises that share a page. */
function buildSeparator(theme: HandoutTheme): Content {
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: theme.contentWidth,
        y2: 0,
        lineWidth: 2,
        lineColor: theme.ink,
      },
    ],
    margin: [0, theme.largePrint ? 18 : 14, 0, 8],
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
  if (activity !== '') parts.push(say(theme.intl, 'print.exercise.adapts', { activity }))
  if (parts.length === 0) return []
  return [{ text: parts.join('   ·   '), style: 'small', color: theme.muted, margin: [0, 0, 0, 8] }]
}

/** One phase of the prompt panel, with a generous guess at its printed height. */
interface PanelPiece {
  content: Content
  height: number
}

/**
 * The prompts in a tinted panel, one piece per phase so a long list breaks between phases and
 * the first phase can stay with the exercise's title. The pieces stack without gaps and read as
 * one panel.
 */
function buildPromptPanel(
  exercise: Exercise,
  theme: HandoutTheme,
  splitAfterFirst: boolean,
): PanelPiece[] {
  // A prompt the room sees again in a later phase (the same questions for the second partner)
  // is printed once; the later phase points back to it instead.
  const firstPhaseOf = new Map<string, string>()
  const phases = exercise.phases.filter((phase) => phase.prompts.length > 0)
  // A step smaller than the worksheet text: the prompts are read once, the worksheet is used.
  const size = theme.largePrint ? theme.body : theme.body - 1
  return phases.map((phase, index) => {
    const fresh = phase.prompts.filter((prompt) => !firstPhaseOf.has(prompt))
    const repeatedFrom = [
      ...new Set(phase.prompts.flatMap((prompt) => firstPhaseOf.get(prompt) ?? [])),
    ]
    for (const prompt of fresh) firstPhaseOf.set(prompt, phase.label)
    const items: Content[] = [
      ...fresh,
      ...repeatedFrom.map((label) => ({
        text: say(theme.intl, 'print.exercise.sameQuestions', { label }),
        italics: true,
      })),
    ]
    const cell: TableCell = {
      stack: [
        {
          text: [
            { text: phase.label, style: 'strong' },
            {
              text: `   ${formatMinutes(phase.minutes, theme.intl)} min · ${describeGroupingIn(theme.intl, phase.grouping)}`,
              style: 'small',
            },
          ],
        },
        { ul: items, margin: [0, 2, 0, 0], markerColor: theme.muted },
      ],
    }
    const height = phase.prompts.reduce(
      (sum, prompt) => sum + estimateTextHeight(prompt, size, theme.contentWidth - 40, 1.2),
      size * 3,
    )
    // With the panel split after the first phase, each part is framed as a panel of its own.
    const isFirst = index === 0 || (splitAfterFirst && index === 1)
    const isLast = index === phases.length - 1 || (splitAfterFirst && index === 0)
    const content: Content = {
      // A phase stays on one page only when it surely fits; a longer one breaks inside.
      table: { widths: ['*'], body: [[cell]], dontBreakRows: fitsOnOnePage(height, theme) },
      fontSize: size,
      lineHeight: 1.2,
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (line: number) => (line === 0 ? 3 : 0),
        vLineColor: () => theme.muted,
        fillColor: () => theme.softTint,
        paddingLeft: () => 12,
        paddingRight: () => 10,
        paddingTop: () => (isFirst ? 9 : 4),
        paddingBottom: () => (isLast ? 9 : 4),
      },
      margin: [0, 0, 0, isLast ? 4 : 0],
    }
    return { content, height }
  })
}
