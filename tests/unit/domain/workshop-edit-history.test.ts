import fc from 'fast-check'
import {
  canRedo,
  canUndo,
  commit,
  redo,
  seal,
  startHistory,
  undo,
  type History,
} from '@common/domain/workshop/edit/history'
import { applyEdit } from '@common/domain/workshop/edit/operations'
import type { Workshop } from '@common/domain/workshop/schema'
import { anyEdit } from './workshop-edit-arbitraries'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

const builtin = loadBuiltinWorkshop()

describe('edit history', () => {
  it('undoes and redoes one step at a time', () => {
    let history = startHistory(1)
    history = commit(history, 2)
    history = commit(history, 3)
    expect(canUndo(history)).toBe(true)
    history = undo(history)
    expect(history.present).toBe(2)
    expect(canRedo(history)).toBe(true)
    history = redo(history)
    expect(history.present).toBe(3)
    expect(canRedo(history)).toBe(false)
  })

  it('coalesces typing in one field into one step until sealed or another field is typed in', () => {
    let history = startHistory('')
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) history = commit(history, text, 'title')
    expect(history.past).toEqual([''])
    history = commit(seal(history), 'Hello!', 'title')
    history = commit(history, 'Hello!?', 'subtitle')
    expect(history.past).toEqual(['', 'Hello', 'Hello!'])
    expect(undo(undo(undo(history))).present).toBe('')
  })

  it('a new change clears what was undone, and undo with nothing to undo changes nothing', () => {
    const start = startHistory('a')
    expect(undo(start)).toBe(start)
    expect(redo(start)).toBe(start)
    const history = commit(undo(commit(start, 'b')), 'c')
    expect(history.future).toEqual([])
    expect(history.past).toEqual(['a'])
  })

  it('undoing every step of any sequence of edits returns the original workshop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyEdit, fc.option(fc.constantFrom('a', 'b'))), { maxLength: 30 }),
        (steps) => {
          let history: History<Workshop> = startHistory(builtin)
          for (const [op, key] of steps) {
            history = commit(history, applyEdit(history.present, op), key)
          }
          const end = history.present
          while (canUndo(history)) history = undo(history)
          expect(history.present).toEqual(builtin)
          while (canRedo(history)) history = redo(history)
          expect(history.present).toEqual(end)
        },
      ),
      { numRuns: 80 },
    )
  })
})
