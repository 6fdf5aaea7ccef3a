/**
 * Resolvable designs no short formula here builds, stored as tables and checked by the tests: each
 * line a round, groups separated by spaces, people as the digits and letters 0–9, a–z (0…35).
 */

/** 15 in threes for 7 rounds: a Kirkman triple system, the schoolgirls' walk (Kirkman 1850). */
const kirkman15 = [
  '012 345 678 9ab cde',
  '036 149 25c 7ad 8be',
  '04d 13e 27b 58a 69c',
  '08c 16b 23a 47e 59d',
  '079 1ac 248 3bd 56e',
  '05b 18d 29e 37c 46a',
  '0ae 157 26d 389 4bc',
]

/**
 * 21 in threes for 10 rounds: a Kirkman triple system of order 21 (one exists for every order
 * 3 mod 6, Ray-Chaudhuri and Wilson 1971), as tabled with the social golfer problem.
 */
const kirkman21 = [
  '015 29j 3ah 46c 7ek 8df bgi',
  '0gh 1de 2bk 349 5ci 6fj 78a',
  '07b 16i 2dh 3cj 48g 5fk 9ae',
  '0aj 123 4bf 57d 6eg 8ck 9hi',
  '09k 1fh 2ce 3di 45a 68b 7gj',
  '0ef 189 27i 3gk 4dj 56h abc',
  '024 1bj 38e 59g 6dk 7ch afi',
  '0cd 1ak 2fg 35b 4ei 679 8hj',
  '08i 1cg 26a 37f 4hk 5ej 9bd',
  '036 147 258 9cf adg beh ijk',
]

/**
 * 32 in fours for 10 rounds, the social golfer problem's 8-4-10 (Aguado, "A 10 days solution to
 * the social golfer problem", 2004): the optimum, as counting allows ⌊31 / 3⌋ = 10.
 */
const golfers32 = [
  '0123 4567 89ab cdef ghij klmn opqr stuv',
  '048s 17im 26hn 35av 9ert bdpu cgko fjlq',
  '0lru 1nqs 29fk 36do 4ipv 5beg 7ach 8jmt',
  '0bio 1ajp 28gr 39hq 4cnt 5fmu 6elv 7dks',
  '0adm 14fr 2lps 378u 59ci 6gqt bhkv ejno',
  '09nv 15ot 2cju 3eis 4bmq 6akr 7fgp 8dhl',
  '05jk 169u 27bt 34gl 8cqv afos dinr ehmp',
  '0fht 1dgv 24ae 3cmr 58np 6bjs 79lo ikqu',
  '06cp 18ek 25dq 3bfn 4hou 7jrv 9gms ailt',
  '07eq 1bcl 2mov 3kpt 49dj 5hrs 68fi agnu',
]

function readTable(lines: readonly string[]): number[][][] {
  return lines.map((line) =>
    line
      .split(' ')
      .map((group) =>
        Array.from({ length: group.length }, (_, at) => Number.parseInt(group.charAt(at), 36)),
      ),
  )
}

/** The stored design for `people` in groups of `size`, as rounds of groups of 0…people−1. */
export function storedDesign(people: number, size: number): number[][][] | null {
  if (size === 3 && people === 15) return readTable(kirkman15)
  if (size === 3 && people === 21) return readTable(kirkman21)
  if (size === 4 && people === 32) return readTable(golfers32)
  return null
}
