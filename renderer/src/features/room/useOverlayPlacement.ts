import { useLayoutEffect, useState, type RefObject } from 'react'
import type { RoomTheme } from '@common/domain/workshop/schema'
import { OVERLAY_SIZE, overlaps, placeOverlay, type Box } from '@common/room/overlay-placement'
import type { RoomPart } from '@common/room/overlay-wording'
import { findLargestFitting } from '@common/room/prompt-fit'
import { whenFontsLoad } from '../../lib/when-fonts-load'
import type { OverlayWords } from './overlay-words'

/** What tells the room the time: the countdown, and the time of day or "back at" beside it. */
const CLOCK = '.countdown-room, .room-time-of-day, .room-back-at'

/**
 * The room's parts an overlay may cover, by the classes the room's screens draw them with: what
 * the room reads and acts on. An exercise's headings are left out, so the note stays short.
 */
const ROOM_PARTS: readonly (readonly [RoomPart, string])[] = [
  ['message', '.room-message'],
  ['title', '.room-title-block, .room-break-title'],
  ['prompts', '.room-exercise .room-prompt-box'],
  ['break', '.room-break-words .room-prompt-box'],
  ['picture', '.room-picture'],
  ['phases', '.ribbon'],
  ['next', '.room-next'],
  ['groups', '.room-pairing-cues, .room-pairing-box'],
]

const THEMES: readonly RoomTheme[] = ['dark', 'light', 'highContrast']

function boxOf(element: Element): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect()
  return { left, top, right, bottom }
}

/** The box around every element that matches, or null when none is laid out. */
function boxAround(frame: Element, selector: string): Box | null {
  const boxes = [...frame.querySelectorAll(selector)]
    .map(boxOf)
    .filter((box) => box.right > box.left && box.bottom > box.top)
  if (boxes.length === 0) return null
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  }
}

/** Where the room is now: its theme, its clock and the parts an overlay may cover. */
function readRoom() {
  const frame = document.querySelector('.room-frame')
  const named = frame?.getAttribute('data-room-theme')
  const theme = THEMES.find((t) => t === named) ?? 'dark'
  const clock = frame === null ? null : boxAround(frame, CLOCK)
  const parts = ROOM_PARTS.flatMap(([part, selector]) => {
    const box = frame === null ? null : boxAround(frame, selector)
    return box === null ? [] : [{ part, box }]
  })
  return { theme, clock, parts, width: innerWidth, height: innerHeight }
}
type Room = ReturnType<typeof readRoom>

/**
 * Puts `aside` in the band beside the room's clock where its text fits largest, at the bottom of
 * that band, its text sized in hundredths of the screen's height; says on it what it covers.
 * The element's position, size and note are set here, outside React, as usePromptFit measures.
 */
function placeAside(aside: HTMLElement, room: Room, words: OverlayWords) {
  const note = aside.querySelector<HTMLElement>('.room-audience-covers')
  const more = aside.querySelector<HTMLElement>('.vote-chart-more')
  const options = [...aside.querySelectorAll<HTMLElement>('[data-rank]')]
  // The room's own margins are 3 to 4 hundredths; the overlay may come closer to the edges.
  const margin = 1.5 * (room.height / 100)
  const screen = {
    left: margin,
    top: margin,
    right: room.width - margin,
    bottom: room.height - margin,
  }
  const showOptions = (count: number) => {
    for (const option of options) option.hidden = Number(option.dataset.rank) >= count
    if (more === null) return
    more.hidden = count >= options.length
    const leftOut = options.filter((option) => option.hidden)
    more.textContent =
      leftOut.length === 0
        ? ''
        : words.leftOut(leftOut.map((option) => Number(option.dataset.count)))
  }
  // Covering more grows the note, which can cover more: each round only adds parts, so it ends.
  const sayCovered = () => {
    if (note === null) return
    for (let round = 0; round <= room.parts.length; round += 1) {
      const covered = room.parts.filter((p) => overlaps(boxOf(aside), p.box)).map((p) => p.part)
      const said = words.covered(covered) ?? ''
      note.hidden = said === ''
      if (note.textContent === said) break
      note.textContent = said
    }
  }
  const put = (band: Box, size: number) => {
    aside.style.left = `${String(band.left)}px`
    aside.style.width = `${String(band.right - band.left)}px`
    aside.style.bottom = `${String(room.height - band.bottom)}px`
    aside.style.maxHeight = `${String(band.bottom - band.top)}px`
    aside.style.fontSize = `${String(size)}vh`
    sayCovered()
    return aside.scrollHeight <= aside.clientHeight && aside.scrollWidth <= aside.clientWidth
  }
  showOptions(options.length)
  aside.hidden = false
  const place = placeOverlay(screen, room.clock, margin, (band) => {
    const size = findLargestFitting(
      OVERLAY_SIZE.floor,
      OVERLAY_SIZE.largest,
      (candidate) => put(band, candidate),
      0.1,
    )
    if (size === null) return null
    put(band, size)
    return { size, width: aside.offsetWidth, height: aside.offsetHeight }
  })
  // Only a clock filling the screen leaves no place; then the clock matters more.
  if (place === null) {
    aside.hidden = true
    return
  }
  if (place.size !== null) {
    put(place.band, place.size)
    return
  }
  // Not even the floor fits: the options with the fewest votes give way, one at a time.
  for (let count = options.length - 1; count >= 1; count -= 1) {
    showOptions(count)
    if (put(place.band, OVERLAY_SIZE.floor)) return
  }
  put(place.band, OVERLAY_SIZE.floor)
}

/**
 * Keeps the overlay `aside` off the room's clock, refitted whenever what it shows (`contentKey`)
 * or the room changes: the window's size, the phase's layout, the clock growing in overtime, a
 * message, the theme, a font arriving. Gives the room's theme, for the overlay to be drawn in.
 * `words` says what it covers and the chart's options that had to give way, in the room's
 * language (keep it the same object from one render to the next, or every render refits).
 */
export function useOverlayPlacement(
  aside: RefObject<HTMLElement | null>,
  contentKey: string | null,
  words: OverlayWords,
): RoomTheme {
  const [theme, setTheme] = useState<RoomTheme>('dark')
  useLayoutEffect(() => {
    const element = aside.current
    if (element === null || contentKey === null) return undefined
    let seen = ''
    const refit = (force: boolean) => {
      const room = readRoom()
      const signature = JSON.stringify(room)
      if (!force && signature === seen) return
      seen = signature
      setTheme(room.theme)
      placeAside(element, room, words)
    }
    refit(true)
    let frame = 0
    const refitSoon = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => refit(false))
    }
    // The room changes beside the overlay (it is not inside the room's box), so it is watched;
    // the overlay's own changes are this hook's. A changed clock or part shows in the signature.
    const watcher = new MutationObserver((changes) => {
      if (changes.some((change) => !element.contains(change.target))) refitSoon()
    })
    watcher.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'data-room-theme', 'hidden'],
    })
    window.addEventListener('resize', refitSoon)
    const stopListening = whenFontsLoad(() => refit(true))
    return () => {
      cancelAnimationFrame(frame)
      watcher.disconnect()
      window.removeEventListener('resize', refitSoon)
      stopListening()
    }
  }, [aside, contentKey, words])
  return theme
}
