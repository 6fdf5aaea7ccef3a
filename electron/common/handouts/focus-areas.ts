import type { Content } from 'pdfmake/interfaces'
import type { Exercise, Workshop } from '../domain/workshop/schema'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { say } from './wording'

/**
 * The pack's section on the workshop's focus areas: each area's overview and the exercises that
 * belong to it, so participants see the frame the exercises hang on. It follows the agenda on
 * the same page when there is room, each area kept whole where it fits, the title with the first.
 * Nothing when the workshop has no focus areas.
 */
export function buildFocusAreaPage(workshop: Workshop, theme: HandoutTheme): Content | null {
  if (workshop.focusAreas.length === 0) return null
  const exercises = workshop.exercises.filter((item): item is Exercise => item.kind === 'exercise')
  const title: Content = {
    text: say(
      theme.intl,
      workshop.focusAreas.length === 2 ? 'print.focusAreas.two' : 'print.focusAreas.title',
    ),
    style: 'title',
    margin: [0, 0, 0, 4],
  }
  const areas = workshop.focusAreas.map((area, index): Content => {
    const titles = exercises
      .filter((exercise) => exercise.focusAreaId === area.id)
      .map((exercise) => exercise.title)
    const parts: Content[] = [
      ...(index === 0 ? [title] : []),
      { text: area.title, style: 'heading', margin: [0, 10, 0, 4] },
      { text: area.overview, margin: [0, 0, 0, 4] },
    ]
    if (titles.length > 0) {
      parts.push({
        text: [
          { text: say(theme.intl, 'print.focusAreas.exercises'), style: 'strong' },
          { text: titles.join(' · ') },
        ],
        style: 'small',
        margin: [0, 2, 0, 0],
      })
    }
    const height =
      estimateTextHeight(area.overview, theme.body, theme.contentWidth, 1.3) +
      estimateTextHeight(titles.join(' · '), theme.small, theme.contentWidth) +
      theme.body * 6
    return { stack: parts, unbreakable: fitsOnOnePage(height, theme) }
  })
  return {
    stack: areas,
    margin: [0, theme.largePrint ? 24 : 20, 0, 0],
    lineHeight: theme.largePrint ? 1.25 : 1.3,
  }
}
