import {
  bandsBeside,
  overlaps,
  placeOverlay,
  rankByCount,
  type Box,
} from '@common/room/overlay-placement'
import { describeCovered, describeLeftOut } from '@common/room/overlay-wording'

const wide: Box = { left: 0, top: 0, right: 1920, bottom: 1080 }
const narrow: Box = { left: 0, top: 0, right: 1024, bottom: 768 }
/** Where the clock sits at 16:9 (beside the prompts) and at 4:3 (top right, beside the title). */
const clockBeside: Box = { left: 1300, top: 300, right: 1850, bottom: 700 }
const clockTopRight: Box = { left: 600, top: 100, right: 990, bottom: 260 }

describe('bandsBeside', () => {
  it('is the whole screen when there is no clock', () => {
    expect(bandsBeside(wide, null, 20)).toEqual([wide])
  })

  it('keeps every band clear of the clock by the gap, largest first', () => {
    for (const [area, clock] of [
      [wide, clockBeside],
      [narrow, clockTopRight],
    ] as const) {
      const bands = bandsBeside(area, clock, 20)
      expect(bands.length).toBeGreaterThan(0)
      const grown = {
        left: clock.left - 20,
        top: clock.top - 20,
        right: clock.right + 20,
        bottom: clock.bottom + 20,
      }
      for (const band of bands) expect(overlaps(band, grown)).toBe(false)
      const areas = bands.map((b) => (b.right - b.left) * (b.bottom - b.top))
      expect(areas).toEqual([...areas].sort((a, b) => b - a))
    }
  })

  it('is the band left of a clock beside the prompts, and the band below a clock at the top', () => {
    expect(bandsBeside(wide, clockBeside, 20)[0]).toEqual({ ...wide, right: 1280 })
    expect(bandsBeside(narrow, clockTopRight, 20)[0]).toEqual({ ...narrow, top: 280 })
  })

  it('leaves out bands too thin to hold a line of text', () => {
    const bands = bandsBeside(narrow, clockTopRight, 20)
    expect(bands).not.toContainEqual({ ...narrow, left: 1010 })
    expect(bands).not.toContainEqual({ ...narrow, bottom: 80 })
  })
})

describe('placeOverlay', () => {
  /** A stand-in for the layout: 60 000 px² of text, fitting larger in a wider band. */
  const fitByWidth = (band: Box) => {
    const width = band.right - band.left
    return { size: Math.min(5.5, width / 200), width, height: 60_000 / width }
  }

  it('chooses the band where the text fits largest', () => {
    const place = placeOverlay(narrow, clockTopRight, 20, fitByWidth)
    expect(place).toEqual({ band: { ...narrow, top: 280 }, size: 5.12 })
  })

  it('between sizes that look alike, chooses the band where the text takes fewer lines', () => {
    const place = placeOverlay(narrow, clockTopRight, 20, (band) => ({
      ...fitByWidth(band),
      size: band.top === 280 ? 4 : 4.2,
    }))
    expect(place?.band).toEqual({ ...narrow, top: 280 })
  })

  it('between equal sizes and lines, chooses the band where the overlay covers least', () => {
    const place = placeOverlay(wide, clockBeside, 20, (band) => ({
      size: 5.5,
      width: band.right - band.left,
      height: 200,
    }))
    expect(place?.band).toEqual({ ...wide, right: 1280 })
  })

  it('says when not even the floor fits, in the largest band', () => {
    expect(placeOverlay(wide, clockBeside, 20, () => null)).toEqual({
      band: { ...wide, right: 1280 },
      size: null,
    })
    expect(placeOverlay(narrow, clockTopRight, 20, () => null)?.band).toEqual({
      ...narrow,
      top: 280,
    })
  })

  it('prefers a band where the text fits to a larger one where it does not', () => {
    const place = placeOverlay(wide, clockBeside, 20, (band) =>
      band.right - band.left === 1920 ? { size: 4, width: 1920, height: 100 } : null,
    )
    expect(place?.band.right).toBe(1920)
  })

  it('finds no place when the clock fills the screen', () => {
    expect(placeOverlay(narrow, narrow, 20, fitByWidth)).toBeNull()
  })
})

describe('rankByCount', () => {
  it('keeps the most voted longest, and the earlier of equals', () => {
    expect(rankByCount([1, 3, 0, 3])).toEqual([2, 0, 3, 1])
    expect(rankByCount([])).toEqual([])
  })
})

describe('what the overlay says', () => {
  it('names what it covers in the room’s words, each once', () => {
    expect(describeCovered([])).toBeNull()
    expect(describeCovered(['prompts'])).toBe('Covering the prompts')
    expect(describeCovered(['prompts', 'next'])).toBe('Covering the prompts and what comes next')
    expect(describeCovered(['prompts', 'phases', 'next', 'phases'])).toBe(
      'Covering the prompts, the phases and what comes next',
    )
  })

  it('says how many options a chart left out, and how many votes they have at most', () => {
    expect(describeLeftOut([0, 0], 'one')).toBe('and 2 more, with no votes')
    expect(describeLeftOut([1], 'dots')).toBe('and 1 more, with 1 dot')
    expect(describeLeftOut([2, 0, 1], 'one')).toBe('and 3 more, with 2 votes or fewer each')
  })
})
