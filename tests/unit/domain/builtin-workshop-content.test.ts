import type { Exercise } from '@common/domain/workshop/schema'
import { itemMinutes, totalMinutes } from '@common/domain/workshop/schedule'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const workshop = loadBuiltinWorkshop()
const exercises = workshop.exercises.filter((item): item is Exercise => item.kind === 'exercise')

describe('the built-in mentorship workshop', () => {
  it('credits the guide and the grant on its title screen data', () => {
    expect(workshop.credits.join(' ')).toContain('Library as Research Lab Mentoring Guide')
    expect(workshop.credits.join(' ')).toContain('IMLS grant RE-95-17-0104-17')
  })

  it('keeps one partner all day, as its own text tells the room', () => {
    expect(workshop.focusAreas[0]?.overview).toContain('today you will stay with one partner')
    expect(workshop.pairing).toBe('onePartner')
  })

  it('has both of the guide’s focus areas, each with an overview', () => {
    expect(workshop.focusAreas.map((a) => a.id)).toEqual(['relationships', 'meaningful-work'])
    for (const area of workshop.focusAreas)
      expect(area.overview.split(/\s+/).length).toBeGreaterThan(60)
  })

  it('covers all nine of the guide’s activities, plus an opening and a close', () => {
    const activities = exercises.map((e) => e.guideActivity).filter((a) => a !== null)
    for (const name of [
      'Visualizing Your Network',
      'Reflecting and Learning from Past Experiences',
      'Mapping Your Professional Journey',
      'Creating Shared Expectations and Norms',
      'Communicating as a Learning Experience',
      'Structuring Discussion',
      'Understanding and Scoping the Project',
      'Articulating Meeting Norms',
      'Fostering a Healthy Work Environment',
    ]) {
      expect(
        activities.some((a) => a.includes(name)),
        name,
      ).toBe(true)
    }
    expect(exercises[0]?.id).toBe('welcome')
    expect(exercises.at(-1)?.id).toBe('close')
    expect(
      exercises.filter((e) => e.focusAreaId === 'relationships').length,
    ).toBeGreaterThanOrEqual(5)
    expect(
      exercises.filter((e) => e.focusAreaId === 'meaningful-work').length,
    ).toBeGreaterThanOrEqual(4)
  })

  it('adds up to the run sheet: 225 minutes with one 15-minute break', () => {
    expect(totalMinutes(workshop)).toBe(225)
    const breaks = workshop.exercises.filter((item) => item.kind === 'break')
    expect(breaks.map(itemMinutes)).toEqual([15])
    expect(exercises.map(itemMinutes)).toEqual([10, 15, 22, 18, 20, 28, 10, 20, 25, 18, 12, 12])
  })

  it('gives every exercise timed phases with room prompts, notes, materials and a worksheet', () => {
    for (const exercise of exercises) {
      expect(exercise.phases.length, exercise.id).toBeGreaterThan(0)
      expect(
        exercise.phases.some((p) => p.prompts.length > 0),
        exercise.id,
      ).toBe(true)
      expect(exercise.facilitatorNotes.length, exercise.id).toBeGreaterThan(0)
      expect(exercise.worksheet.blocks.length, exercise.id).toBeGreaterThan(0)
    }
    expect(exercises.flatMap((e) => e.materials).length).toBeGreaterThan(0)
  })

  it('keeps notes about gaps in the guide out of the facilitator notes, which are printed', () => {
    // The run sheet prints facilitator notes for the room; what this workshop adds where the
    // guide's text is missing belongs in the authoring notes, which stay in the file.
    const aboutTheSource = /not available|are ours|original to this workshop|cut off|is missing/i
    const printed = exercises.flatMap((e) => e.facilitatorNotes.map((note) => `${e.id}: ${note}`))
    expect(printed.filter((note) => aboutTheSource.test(note))).toEqual([])
  })

  it('carries the three-project-ideas idea and a generic network map of its own', () => {
    const ideas = exercises.find((e) => e.id === 'three-project-ideas')
    expect(ideas?.worksheet.blocks.length).toBeGreaterThan(0)
    const map = exercises.flatMap((e) => e.worksheet.blocks).find((b) => b.kind === 'networkMap')
    expect(map?.kind === 'networkMap' ? map.sectors.length : 0).toBeGreaterThanOrEqual(6)
  })

  it('lets the swap in a pair share happen on time', () => {
    expect(exercises.some((e) => e.phases.some((p) => p.advancesAutomatically))).toBe(true)
  })
})
