import type { Break, Exercise, Phase, WorksheetBlock } from '../schema'

/** The kinds of worksheet block the editor can add. */
export type BlockKind = WorksheetBlock['kind']

/** A phase to start from when the facilitator adds one. */
export function newPhase(): Phase {
  return {
    label: 'New phase',
    minutes: 5,
    grouping: 'solo',
    prompts: ['What should people do now?'],
    advancesAutomatically: false,
  }
}

/** A new exercise with one phase and a lined worksheet. */
export function newExercise(id: string): Exercise {
  return {
    kind: 'exercise',
    id,
    title: 'New exercise',
    focusAreaId: null,
    guideActivity: null,
    purpose: 'What this exercise is for.',
    format: ['solo'],
    materials: [],
    facilitatorNotes: [],
    guideTypicalMinutes: null,
    flexible: true,
    optional: false,
    phases: [newPhase()],
    worksheet: { blocks: [newBlock('lines')] },
  }
}

/** A ten-minute break. */
export function newBreak(id: string): Break {
  return { kind: 'break', id, title: 'Break', minutes: 10, roomText: '' }
}

/** A worksheet block of a kind, filled with something valid to edit from. */
export function newBlock(kind: BlockKind): WorksheetBlock {
  switch (kind) {
    case 'lines':
      return { kind, label: 'Notes', lines: 6 }
    case 'box':
      return { kind, label: 'Sketch', size: 'medium' }
    case 'table':
      return { kind, label: 'Table', columns: ['First column', 'Second column'], rows: 4 }
    case 'partnerGrid':
      return { kind, label: 'Partners', fields: ['Name', 'Notes'] }
    case 'timeline':
      return { kind, label: 'Timeline', markers: 5 }
    case 'networkMap':
      return { kind, label: 'Network', centre: 'Me', sectors: ['Work', 'Study'] }
    case 'checkboxes':
      return { kind, label: 'Checklist', items: ['First item'] }
  }
}
