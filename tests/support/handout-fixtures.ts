import type { Exercise, Workshop } from '@common/domain/workshop/schema'
import type { Content } from 'pdfmake/interfaces'

export function listExercises(workshop: Workshop): Exercise[] {
  return workshop.exercises.filter((item): item is Exercise => item.kind === 'exercise')
}

/** The built-in exercises repeated `times` times under fresh ids: a long workshop. */
export function repeatWorkshop(workshop: Workshop, times: number): Workshop {
  const exercises = Array.from({ length: times }, (_, round) =>
    listExercises(workshop).map((exercise) => ({
      ...exercise,
      id: `${exercise.id}-${String(round + 1)}`,
      title: `${exercise.title} (round ${String(round + 1)})`,
    })),
  ).flat()
  return { ...workshop, exercises }
}

/** Every text in a pdfmake content tree, in order, for checking what a document says. */
export function collectText(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(collectText)
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) =>
    ['text', 'stack', 'columns', 'ul', 'ol', 'table', 'body', 'section'].includes(key)
      ? collectText(value)
      : [],
  )
}

/** Walks a content tree and returns every node that passes the test. */
export function findNodes(
  node: unknown,
  test: (node: Record<string, unknown>) => boolean,
): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((item) => findNodes(item, test))
  if (node === null || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const own = test(record) ? [record] : []
  return [...own, ...Object.values(record).flatMap((value) => findNodes(value, test))]
}

export type { Content }
