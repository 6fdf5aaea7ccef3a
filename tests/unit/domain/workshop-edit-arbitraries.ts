import fc from 'fast-check'
import type { EditOperation } from '@common/domain/workshop/edit/operations'

/** Any edit that the reducer accepts, with indexes drawn from a small range around the agenda. */
export const anyEdit: fc.Arbitrary<EditOperation> = fc.oneof(
  fc.record({
    type: fc.constant('setWorkshop' as const),
    patch: fc.record({ title: fc.string() }),
  }),
  fc.record({ type: fc.constant('moveItem' as const), from: fc.nat(40), to: fc.nat(40) }),
  fc.record({
    type: fc.constant('addItem' as const),
    kind: fc.constantFrom('exercise' as const, 'break' as const),
    at: fc.nat(40),
  }),
  fc.record({ type: fc.constant('removeItem' as const), index: fc.nat(40) }),
  fc.record({ type: fc.constant('duplicateItem' as const), index: fc.nat(40) }),
  fc.record({ type: fc.constant('addPhase' as const), index: fc.nat(40) }),
  fc.record({
    type: fc.constant('setPhase' as const),
    index: fc.nat(40),
    phaseIndex: fc.nat(3),
    patch: fc.record({ minutes: fc.integer({ min: 1, max: 60 }) }),
  }),
  fc.record({
    type: fc.constant('addBlock' as const),
    index: fc.nat(40),
    kind: fc.constantFrom('table' as const, 'lines' as const, 'checkboxes' as const),
  }),
)
