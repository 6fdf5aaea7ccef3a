import { finiteField } from './finite-field'
import { storedDesign } from './stored-designs'

/**
 * Rounds of groups on people 0…n−1 in which no two people meet twice, built by a known
 * construction, or null when none here fits. The constructions:
 * - even rooms in pairs: the circle method (Lucas, "Récréations mathématiques", 1883): n − 1 rounds;
 * - k·q people in groups of k, q a prime power at least k: the lines of the affine plane AG(2, q)
 *   through k of the q points on each line of one parallel class, one round per other class: q
 *   rounds, and q + 1 when k = q (the whole affine plane: 9 in threes, 16 in fours, 25 in fives);
 * - stored tables (Kirkman triple systems of 15 and 21, Aguado's 32 in fours).
 * The one with the most rounds wins.
 */
export function constructRounds(people: number, size: number): number[][][] | null {
  const candidates = [
    size === 2 && people % 2 === 0 ? circleMethod(people) : null,
    truncatedAffinePlane(people, size),
    storedDesign(people, size),
  ]
  let best: number[][][] | null = null
  for (const rounds of candidates)
    if (rounds !== null && (best === null || rounds.length > best.length)) best = rounds
  return best
}

/** Rounds the construction for this room reaches, 0 when there is none. */
export function constructedRoundCount(people: number, size: number): number {
  return constructRounds(people, size)?.length ?? 0
}

/** The round robin: person n−1 stays put while the others turn around a circle. */
function circleMethod(people: number): number[][][] {
  const turning = people - 1
  return Array.from({ length: turning }, (_, round) => [
    [round, turning],
    ...Array.from({ length: people / 2 - 1 }, (_, step) => [
      (round + step + 1) % turning,
      (round - step - 1 + turning) % turning,
    ]),
  ])
}

function truncatedAffinePlane(people: number, size: number): number[][][] | null {
  if (size < 3 || people % size !== 0) return null
  const order = people / size
  if (order < size) return null
  const field = finiteField(order)
  if (field === null) return null
  // Person x·order + y is the point (x, y), x < size: the first `size` vertical lines.
  const point = (x: number, y: number) => x * order + y
  const xs = Array.from({ length: size }, (_, x) => x)
  const ys = Array.from({ length: order }, (_, y) => y)
  const rounds = ys.map((slope) =>
    ys.map((offset) => xs.map((x) => point(x, field.add(field.multiply(slope, x), offset)))),
  )
  if (size === order) rounds.push(xs.map((x) => ys.map((y) => point(x, y))))
  return rounds
}
