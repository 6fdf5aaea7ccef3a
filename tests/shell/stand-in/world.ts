import { EventEmitter } from 'node:events'
import type { DialogRecord, StandInConfig } from '../protocol'

/** What every part of the stand-in shares: the config, the record, and whether `ready` fired. */
export class World {
  ready = false
  readonly dialogs: DialogRecord[] = []
  readonly appEvents: string[] = []
  readonly uncaughtErrors: string[] = []
  readonly dialogResponses: number[]
  /** Where the next save dialogs answer to save, in order; none left means cancelled. */
  readonly savePaths: string[] = []

  constructor(readonly config: StandInConfig) {
    this.dialogResponses = [...config.dialogResponses]
  }

  /** Electron refuses most of its API before `ready`: so does the stand-in. */
  requireReady(what: string): void {
    if (!this.ready) throw new Error(`${what} cannot be used before the app is ready`)
  }
}

/** Electron's `Event`: the argument listeners get, with `preventDefault`. */
export class StandInEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

/** Emits an event with a preventable Event first, and tells whether a listener prevented it. */
export function emitPreventable(emitter: EventEmitter, name: string, ...args: unknown[]): boolean {
  const event = new StandInEvent()
  emitter.emit(name, event, ...args)
  return event.defaultPrevented
}

/** A destroyed Electron object throws on every use; so do the stand-in's. */
export function destroyedError(): TypeError {
  return new TypeError('Object has been destroyed')
}
