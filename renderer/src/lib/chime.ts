import type { ChimeKind } from '@common/domain/run/chimes'

/**
 * Chimes made on the spot with the Web Audio API: nothing to download or bundle. The end chime
 * is two bell-like notes; the warning is one softer, lower note.
 */
let context: AudioContext | null = null

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null
  context ??= new AudioContext()
  return context
}

function bell(ctx: AudioContext, frequency: number, startAt: number, peak: number): void {
  const oscillator = ctx.createOscillator()
  const overtone = ctx.createOscillator()
  const gain = ctx.createGain()
  oscillator.type = 'sine'
  overtone.type = 'sine'
  oscillator.frequency.value = frequency
  overtone.frequency.value = frequency * 2.76
  gain.gain.setValueAtTime(0.0001, startAt)
  gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, peak), startAt + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + 1.8)
  oscillator.connect(gain)
  overtone.connect(gain)
  gain.connect(ctx.destination)
  for (const node of [oscillator, overtone]) {
    node.start(startAt)
    node.stop(startAt + 1.9)
  }
}

/** Plays a chime at a volume from 0 to 1. */
export function playChime(kind: ChimeKind, volume: number): void {
  const ctx = audio()
  if (ctx === null || volume <= 0) return
  void ctx.resume()
  const at = ctx.currentTime + 0.01
  if (kind === 'end') {
    bell(ctx, 784, at, volume * 0.5)
    bell(ctx, 523, at + 0.45, volume * 0.5)
  } else {
    bell(ctx, 440, at, volume * 0.25)
  }
}
