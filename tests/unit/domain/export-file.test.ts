import { blankWorkshop } from '@common/domain/workshop/blank'
import {
  parseExportText,
  pictureRefsOf,
  serializeExport,
} from '@common/domain/workshop/export-file'
import { serializeWorkshop } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import { problemInEnglish } from '../../support/workshop-problem'

const REF_A = `${'a'.repeat(64)}.png`
const REF_B = `${'b'.repeat(64)}.svg`

function withPictures(refs: string[]): Workshop {
  const workshop = blankWorkshop('With pictures')
  const first = workshop.exercises[0]
  if (first?.kind !== 'exercise') throw new Error('expected an exercise')
  const phases = refs.map((ref) => ({
    ...first.phases[0]!,
    image: { ref, alt: 'A picture', placement: 'beside' as const },
  }))
  return { ...workshop, exercises: [{ ...first, phases }] }
}

describe('the export file', () => {
  it('is exactly a library file when the workshop has no pictures', () => {
    const workshop = blankWorkshop('Plain')
    expect(serializeExport(workshop, {})).toBe(serializeWorkshop(workshop))
    expect(parseExportText(serializeWorkshop(workshop))).toEqual({
      ok: true,
      workshop,
      pictures: {},
    })
  })

  it('carries pictures after the workshop, and reads them back apart from it', () => {
    const workshop = withPictures([REF_A, REF_B, REF_A])
    expect(pictureRefsOf(workshop)).toEqual([REF_A, REF_B])
    const text = serializeExport(workshop, { [REF_A]: 'iVBORw0K', [REF_B]: 'PHN2Zz4=' })
    expect(text.indexOf('"pictures"')).toBeGreaterThan(text.indexOf('"exercises"'))
    expect(parseExportText(text)).toEqual({
      ok: true,
      workshop,
      pictures: { [REF_A]: 'iVBORw0K', [REF_B]: 'PHN2Zz4=' },
    })
  })

  function messageOf(text: string): string {
    const parsed = parseExportText(text)
    return parsed.ok ? '(accepted)' : problemInEnglish(parsed.problem)
  }

  it('names a bad picture entry by its place in the file', () => {
    const workshop = withPictures([REF_A])
    const data = {
      ...JSON.parse(serializeWorkshop(workshop)),
      pictures: { [REF_A]: 'not base64!' },
    }
    expect(messageOf(JSON.stringify(data))).toBe(
      `pictures.${REF_A}: expected a picture as base64 text`,
    )
    const badKey = { ...data, pictures: { 'cat.png': 'iVBORw0K' } }
    expect(messageOf(JSON.stringify(badKey))).toMatch(/^pictures\.cat\.png: /)
  })

  it('says what is wrong with a file that is not a workshop, as a library file would', () => {
    expect(messageOf('{"pictures": {}}')).toBe(
      'This file is not a Facilitator workshop: it has no exercises',
    )
  })
})
