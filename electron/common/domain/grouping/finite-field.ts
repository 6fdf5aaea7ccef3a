/**
 * Arithmetic in the finite field of `order` elements, for the affine-plane constructions. Elements
 * are 0…order−1, read as polynomials over GF(p) by their base-p digits; multiplication reduces by
 * a fixed irreducible polynomial (Lidl and Niederreiter, "Finite Fields", table of irreducible
 * polynomials). Only the orders a room of at most a few hundred people needs are listed.
 */
export interface FiniteField {
  order: number
  add: (x: number, y: number) => number
  multiply: (x: number, y: number) => number
}

// The monic irreducible polynomial of each prime-power order, low coefficients first, leading 1
// left out: 4 is x²+x+1, 8 is x³+x+1, 9 is x²+1, 16 is x⁴+x+1, 25 is x²+x+2, 27 is x³+2x+1,
// 32 is x⁵+x²+1, 49 is x²+x+3, 64 is x⁶+x+1.
const reductions: Record<number, { prime: number; low: number[] }> = {
  4: { prime: 2, low: [1, 1] },
  8: { prime: 2, low: [1, 1, 0] },
  9: { prime: 3, low: [1, 0] },
  16: { prime: 2, low: [1, 1, 0, 0] },
  25: { prime: 5, low: [2, 1] },
  27: { prime: 3, low: [1, 2, 0] },
  32: { prime: 2, low: [1, 0, 1, 0, 0] },
  49: { prime: 7, low: [3, 1] },
  64: { prime: 2, low: [1, 1, 0, 0, 0, 0] },
}

function isPrime(value: number): boolean {
  if (value < 2) return false
  for (let divisor = 2; divisor * divisor <= value; divisor++)
    if (value % divisor === 0) return false
  return true
}

function digitsOf(value: number, prime: number, length: number): number[] {
  return Array.from({ length }, (_, index) => Math.floor(value / prime ** index) % prime)
}

function valueOf(digits: readonly number[], prime: number): number {
  return digits.reduce((sum, digit, index) => sum + digit * prime ** index, 0)
}

/** The field of `order` elements, or null when this module does not know one of that order. */
export function finiteField(order: number): FiniteField | null {
  if (isPrime(order)) {
    return {
      order,
      add: (x, y) => (x + y) % order,
      multiply: (x, y) => (x * y) % order,
    }
  }
  const reduction = reductions[order]
  if (reduction === undefined) return null
  const { prime, low } = reduction
  const degree = low.length
  const product = new Int32Array(order * order)
  for (let x = 0; x < order; x++)
    for (let y = 0; y < order; y++) {
      const dx = digitsOf(x, prime, degree)
      const dy = digitsOf(y, prime, degree)
      const full = new Array<number>(2 * degree - 1).fill(0)
      dx.forEach((a, i) =>
        dy.forEach((b, j) => (full[i + j] = ((full[i + j] ?? 0) + a * b) % prime)),
      )
      // x^degree = −low, applied from the highest power down.
      for (let power = full.length - 1; power >= degree; power--) {
        const top = full[power] ?? 0
        if (top === 0) continue
        full[power] = 0
        low.forEach((coefficient, index) => {
          const at = power - degree + index
          full[at] = ((((full[at] ?? 0) - top * coefficient) % prime) + prime) % prime
        })
      }
      product[x * order + y] = valueOf(full.slice(0, degree), prime)
    }
  return {
    order,
    add: (x, y) =>
      valueOf(
        digitsOf(x, prime, degree).map(
          (digit, index) => (digit + (digitsOf(y, prime, degree)[index] ?? 0)) % prime,
        ),
        prime,
      ),
    multiply: (x, y) => product[x * order + y] ?? 0,
  }
}
