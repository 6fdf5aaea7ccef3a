import type {
  AgendaItem,
  Break,
  Exercise,
  FocusArea,
  Phase,
  Workshop,
  WorksheetBlock,
} from '../schema'
import { freshId } from './fresh-id'
import { insertAt, moveInList, removeAt, updateAt } from './list'
import { newBlock, newBreak, newExercise, newPhase, type BlockKind } from './new-items'

/** The workshop-level fields a form edits directly. */
export type WorkshopFields = Omit<Workshop, 'schemaVersion' | 'exercises' | 'focusAreas'>

/** One change a facilitator makes in the editor. Plain data, so it can be logged and replayed. */
export type EditOperation =
  | { type: 'setWorkshop'; patch: Partial<WorkshopFields> }
  | { type: 'setFocusArea'; areaIndex: number; patch: Partial<Omit<FocusArea, 'id'>> }
  | { type: 'addFocusArea' }
  | { type: 'removeFocusArea'; areaIndex: number }
  | { type: 'setExercise'; index: number; patch: Partial<Omit<Exercise, 'kind' | 'id'>> }
  | { type: 'setBreak'; index: number; patch: Partial<Omit<Break, 'kind' | 'id'>> }
  | { type: 'setPhase'; index: number; phaseIndex: number; patch: Partial<Phase> }
  | { type: 'addItem'; kind: AgendaItem['kind']; at: number }
  | { type: 'removeItem'; index: number }
  | { type: 'duplicateItem'; index: number }
  | { type: 'moveItem'; from: number; to: number }
  | { type: 'addPhase'; index: number }
  | { type: 'removePhase'; index: number; phaseIndex: number }
  | { type: 'movePhase'; index: number; from: number; to: number }
  | { type: 'addBlock'; index: number; kind: BlockKind }
  | { type: 'removeBlock'; index: number; blockIndex: number }
  | { type: 'moveBlock'; index: number; from: number; to: number }
  | { type: 'setBlock'; index: number; blockIndex: number; block: WorksheetBlock }
  | { type: 'copyItemIn'; item: AgendaItem; at: number }
  | { type: 'replace'; workshop: Workshop }

const takenIds = (workshop: Workshop) => workshop.exercises.map((item) => item.id)

/** The id `addItem` gives a new item of a kind in this workshop, so callers can select it. */
export function newItemId(workshop: Workshop, kind: AgendaItem['kind']): string {
  return freshId(kind === 'break' ? 'break' : 'new-exercise', takenIds(workshop))
}

function withItems(workshop: Workshop, exercises: AgendaItem[]): Workshop {
  return { ...workshop, exercises }
}

function updateExercise(
  workshop: Workshop,
  index: number,
  change: (exercise: Exercise) => Exercise,
): Workshop {
  return withItems(
    workshop,
    updateAt(workshop.exercises, index, (item) => (item.kind === 'exercise' ? change(item) : item)),
  )
}

function updateBlocks(
  workshop: Workshop,
  index: number,
  change: (blocks: WorksheetBlock[]) => WorksheetBlock[],
): Workshop {
  return updateExercise(workshop, index, (exercise) => ({
    ...exercise,
    worksheet: { blocks: change(exercise.worksheet.blocks) },
  }))
}

function updatePhases(
  workshop: Workshop,
  index: number,
  change: (phases: Phase[]) => Phase[],
): Workshop {
  return updateExercise(workshop, index, (exercise) => ({
    ...exercise,
    phases: change(exercise.phases),
  }))
}

/**
 * Returns the workshop with one edit made. Never mutates its input. Edits that would leave an
 * exercise without phases or blocks, or the agenda empty, are refused (the workshop comes back
 * unchanged): those are never something the facilitator means.
 */
export function applyEdit(workshop: Workshop, op: EditOperation): Workshop {
  switch (op.type) {
    case 'setWorkshop':
      return { ...workshop, ...op.patch }
    case 'setFocusArea':
      return {
        ...workshop,
        focusAreas: updateAt(workshop.focusAreas, op.areaIndex, (area) => ({
          ...area,
          ...op.patch,
        })),
      }
    case 'addFocusArea': {
      const id = freshId(
        'focus-area',
        workshop.focusAreas.map((area) => area.id),
      )
      const area = { id, title: 'New focus area', overview: 'What this area covers.' }
      return { ...workshop, focusAreas: [...workshop.focusAreas, area] }
    }
    case 'removeFocusArea': {
      const removed = workshop.focusAreas[op.areaIndex]
      if (removed === undefined) return workshop
      // Exercises in the removed area stay, with no area, so the file stays valid.
      const exercises = workshop.exercises.map((item) =>
        item.kind === 'exercise' && item.focusAreaId === removed.id
          ? { ...item, focusAreaId: null }
          : item,
      )
      return { ...workshop, focusAreas: removeAt(workshop.focusAreas, op.areaIndex), exercises }
    }
    case 'setExercise':
      return updateExercise(workshop, op.index, (exercise) => ({ ...exercise, ...op.patch }))
    case 'setBreak':
      return withItems(
        workshop,
        updateAt(workshop.exercises, op.index, (item) =>
          item.kind === 'break' ? { ...item, ...op.patch } : item,
        ),
      )
    case 'setPhase':
      return updatePhases(workshop, op.index, (phases) =>
        updateAt(phases, op.phaseIndex, (phase) => ({ ...phase, ...op.patch })),
      )
    case 'addItem': {
      const id = newItemId(workshop, op.kind)
      const item = op.kind === 'break' ? newBreak(id) : newExercise(id)
      return withItems(workshop, insertAt(workshop.exercises, op.at, item))
    }
    case 'removeItem':
      if (workshop.exercises.length <= 1) return workshop
      return withItems(workshop, removeAt(workshop.exercises, op.index))
    case 'duplicateItem': {
      const item = workshop.exercises[op.index]
      if (item === undefined) return workshop
      return applyEdit(workshop, { type: 'copyItemIn', item, at: op.index + 1 })
    }
    case 'copyItemIn': {
      const id = freshId(op.item.id, takenIds(workshop))
      const known = workshop.focusAreas.some(
        (area) => op.item.kind === 'exercise' && area.id === op.item.focusAreaId,
      )
      // An exercise from another workshop may name a focus area this one does not have.
      const item: AgendaItem =
        op.item.kind === 'exercise' && !known
          ? { ...structuredClone(op.item), id, focusAreaId: null }
          : { ...structuredClone(op.item), id }
      return withItems(workshop, insertAt(workshop.exercises, op.at, item))
    }
    case 'moveItem':
      return withItems(workshop, moveInList(workshop.exercises, op.from, op.to))
    case 'addPhase':
      return updatePhases(workshop, op.index, (phases) => [...phases, newPhase()])
    case 'removePhase':
      return updatePhases(workshop, op.index, (phases) =>
        phases.length <= 1 ? phases : removeAt(phases, op.phaseIndex),
      )
    case 'movePhase':
      return updatePhases(workshop, op.index, (phases) => moveInList(phases, op.from, op.to))
    case 'addBlock':
      return updateBlocks(workshop, op.index, (blocks) => [...blocks, newBlock(op.kind)])
    case 'removeBlock':
      return updateBlocks(workshop, op.index, (blocks) =>
        blocks.length <= 1 ? blocks : removeAt(blocks, op.blockIndex),
      )
    case 'moveBlock':
      return updateBlocks(workshop, op.index, (blocks) => moveInList(blocks, op.from, op.to))
    case 'setBlock':
      return updateBlocks(workshop, op.index, (blocks) =>
        updateAt(blocks, op.blockIndex, () => op.block),
      )
    case 'replace':
      return op.workshop
  }
}
