import type { Content } from 'pdfmake/interfaces'
import type { Exercise, Workshop } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'

/**
 * The pack's page on the workshop's focus areas: each area's overview and the exercises that
 * belong to it, so participants see the frame the exercises hang on. Nothing when the workshop
 * has no focus areas.
 */
export function buildFocusAreaPage(workshop: Workshop, theme: HandoutTheme): Content | null {
  if (workshop.focusAreas.length === 0) return null
  const exercises = workshop.exercises.filter((item): item is Exercise => item.kind === 'exercise')
  const parts: Content[] = [
    {
      text: workshop.focusAreas.length === 2 ? 'The two focus areas' : 'Focus areas',
      style: 'title',
      margin: [0, 0, 0, 10],
    },
  ]
  for (const area of workshop.focusAreas) {
    const titles = exercises
      .filter((exercise) => exercise.focusAreaId === area.id)
      .map((exercise) => exercise.title)
    parts.push({ text: area.title, style: 'heading', margin: [0, 10, 0, 4] })
    parts.push({ text: area.overview, margin: [0, 0, 0, 4] })
    if (titles.length > 0) {
      parts.push({
        text: [{ text: 'Exercises: ', style: 'strong' }, { text: titles.join(' · ') }],
        style: 'small',
        margin: [0, 2, 0, 0],
      })
    }
  }
  return { stack: parts, pageBreak: 'before', lineHeight: theme.largePrint ? 1.25 : 1.3 }
}
