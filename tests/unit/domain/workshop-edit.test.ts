import fc from 'fast-check'
import { applyEdit } from '@common/domain/workshop/edit/operations'
import { freshId } from '@common/domain/workshop/edit/fresh-id'
import { newBlock } from '@common/domain/workshop/edit/new-items'
import { previewRunState } from '@common/domain/workshop/edit/preview'
import { problemsAt, validateEdited } from '@common/domain/workshop/edit/validation'
import { blankWorkshop } from '@common/domain/workshop/blank'
import type { Exercise, Workshop } from '@common/domain/workshop/schema'
import { anyEdit } from './workshop-edit-arbitraries'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const builtin = loadBuiltinWorkshop()

function exerciseAt(workshop: Workshop, index: number): Exercise {
  const item = workshop.exercises[index]
  if (item?.kind !== 'exercise') throw new Error(`item ${String(index)} is not an exercise`)
  return item
}

const firstExercise = builtin.exercises.findIndex((item) => item.kind === 'exercise')

describe('applyEdit', () => {
  it('sets workshop, exercise and phase fields without touching the input', () => {
    const before = structuredClone(builtin)
    let edited = applyEdit(builtin, { type: 'setWorkshop', patch: { title: 'Our mentoring' } })
    edited = applyEdit(edited, {
      type: 'setPhase',
      index: firstExercise,
      phaseIndex: 0,
      patch: { minutes: 7, prompts: ['Say hello'] },
    })
    expect(edited.title).toBe('Our mentoring')
    expect(exerciseAt(edited, firstExercise).phases[0]).toMatchObject({
      minutes: 7,
      prompts: ['Say hello'],
    })
    expect(builtin).toEqual(before)
    expect(validateEdited(edited).valid).toBe(true)
  })

  it('adds an exercise with a unique id, a second phase and a table, and stays valid', () => {
    let edited = applyEdit(builtin, { type: 'addItem', kind: 'exercise', at: 1 })
    edited = applyEdit(edited, { type: 'addItem', kind: 'exercise', at: 2 })
    edited = applyEdit(edited, { type: 'addPhase', index: 1 })
    edited = applyEdit(edited, { type: 'addBlock', index: 1, kind: 'table' })
    const added = exerciseAt(edited, 1)
    expect(added.phases).toHaveLength(2)
    expect(added.worksheet.blocks.map((b) => b.kind)).toEqual(['lines', 'table'])
    expect(exerciseAt(edited, 2).id).not.toBe(added.id)
    expect(validateEdited(edited).valid).toBe(true)
  })

  it('edits a table block’s columns and rows', () => {
    const table = { ...newBlock('table'), columns: ['Who', 'When'], rows: 3 }
    const edited = applyEdit(builtin, {
      type: 'setBlock',
      index: firstExercise,
      blockIndex: 0,
      block: table,
    })
    expect(exerciseAt(edited, firstExercise).worksheet.blocks[0]).toEqual(table)
  })

  it('never leaves an exercise without a phase or a block, or the agenda empty', () => {
    const blank = blankWorkshop('Solo')
    expect(applyEdit(blank, { type: 'removePhase', index: 0, phaseIndex: 0 })).toEqual(blank)
    expect(applyEdit(blank, { type: 'removeBlock', index: 0, blockIndex: 0 })).toEqual(blank)
    expect(applyEdit(blank, { type: 'removeItem', index: 0 })).toEqual(blank)
  })

  it('copies an exercise in from another workshop with a fresh id and no unknown focus area', () => {
    const source = exerciseAt(builtin, firstExercise)
    const target = applyEdit(blankWorkshop('Mine'), {
      type: 'copyItemIn',
      item: { ...source, id: 'first-exercise' },
      at: 1,
    })
    const copied = exerciseAt(target, 1)
    expect(copied.id).toBe('first-exercise-2')
    expect(copied.title).toBe(source.title)
    expect(copied.focusAreaId).toBeNull()
    expect(validateEdited(target).valid).toBe(true)
  })

  it('duplicates an item right after itself', () => {
    const edited = applyEdit(builtin, { type: 'duplicateItem', index: firstExercise })
    expect(edited.exercises).toHaveLength(builtin.exercises.length + 1)
    expect(edited.exercises[firstExercise + 1]?.title).toBe(builtin.exercises[firstExercise]?.title)
    expect(validateEdited(edited).valid).toBe(true)
  })

  it('clears the area of exercises whose focus area is removed', () => {
    const areaId = builtin.focusAreas[0]?.id
    const edited = applyEdit(builtin, { type: 'removeFocusArea', areaIndex: 0 })
    expect(edited.focusAreas.map((a) => a.id)).not.toContain(areaId)
    expect(validateEdited(edited).valid).toBe(true)
  })
})

describe('freshId', () => {
  it('slugs a title and counts past taken ids', () => {
    expect(freshId('Café Talk!', [])).toBe('cafe-talk')
    expect(freshId('a', ['a', 'a-2'])).toBe('a-3')
    expect(freshId('!!!', [])).toBe('item')
  })
})

describe('validateEdited', () => {
  it('names the field of each problem, and a list field shows its lines’ problems', () => {
    let edited = applyEdit(builtin, { type: 'setWorkshop', patch: { title: ' ' } })
    edited = applyEdit(edited, {
      type: 'setPhase',
      index: firstExercise,
      phaseIndex: 0,
      patch: { minutes: 0, prompts: ['ok', ''] },
    })
    const result = validateEdited(edited)
    expect(result.valid).toBe(false)
    const base = `exercises[${String(firstExercise)}].phases[0]`
    expect(problemsAt(result.problems, 'title')).toEqual(['expected a title, got an empty text'])
    expect(problemsAt(result.problems, `${base}.minutes`)).toEqual(['expected a positive number'])
    expect(problemsAt(result.problems, `${base}.prompts`)).toHaveLength(1)
    expect(result.problems).toHaveLength(3)
  })
})

describe('previewRunState', () => {
  it('stands on the chosen phase, paused, clamped to the agenda', () => {
    const state = previewRunState(builtin, firstExercise, 1)
    expect(state).toMatchObject({ status: 'paused', itemIndex: firstExercise, phaseIndex: 1 })
    expect(previewRunState(builtin, 999, 99).itemIndex).toBe(builtin.exercises.length - 1)
  })
})

describe('applyEdit properties', () => {
  it('moves keep the set of items', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 20 }), (moves) => {
        const moved = moves.reduce(
          (workshop, [from, to]) => applyEdit(workshop, { type: 'moveItem', from, to }),
          builtin,
        )
        const ids = (w: Workshop) => w.exercises.map((item) => item.id).sort()
        expect(ids(moved)).toEqual(ids(builtin))
        expect(moved.exercises).toHaveLength(builtin.exercises.length)
      }),
    )
  })

  it('structural edits keep ids unique and the workshop valid', () => {
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 25 }), (ops) => {
        const edited = ops.filter((op) => op.type !== 'setWorkshop').reduce(applyEdit, builtin)
        expect(validateEdited(edited).valid).toBe(true)
      }),
      { numRuns: 60 },
    )
  })
})
