/**
 * Rooms with a known most rounds without a repeat, each reached by a construction or by the
 * search: the circle method for even pairs (n − 1); the counting limit ⌊n(n−1)/(n+3)⌋ for 9 in
 * pairs with one trio; the affine plane of order 3 and Kirkman triple systems for 9, 15 and 21 in
 * threes, and 4 for 12 in threes (no nearly Kirkman system of 12); the affine planes of orders 4
 * and 5 for 16 in fours and 25 in fives; 20 in fours (5-4-5 of the social golfer problem);
 * Aguado's 32 in fours. Shared by the unit tests and the bench.
 */
export const groupingOptimumCases: readonly { people: number; size: number; most: number }[] = [
  { people: 12, size: 2, most: 11 },
  { people: 16, size: 2, most: 15 },
  { people: 20, size: 2, most: 19 },
  { people: 30, size: 2, most: 29 },
  { people: 40, size: 2, most: 39 },
  { people: 9, size: 2, most: 6 },
  { people: 9, size: 3, most: 4 },
  { people: 12, size: 3, most: 4 },
  { people: 15, size: 3, most: 7 },
  { people: 21, size: 3, most: 10 },
  { people: 16, size: 4, most: 5 },
  { people: 20, size: 4, most: 5 },
  { people: 32, size: 4, most: 10 },
  { people: 25, size: 5, most: 6 },
]

/** The seeds every case must reach its optimum on. */
export const groupingOptimumSeeds = [1, 2, 3, 4, 5]
