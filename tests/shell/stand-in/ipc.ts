import { EventEmitter } from 'node:events'
import type { StandInWebContents } from './web-contents'

type Handler = (event: unknown, ...args: unknown[]) => unknown

/** ipcMain: `handle` once per channel, as Electron insists, and `on` for plain messages. */
export class StandInIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>()

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /** What Electron does for `ipcRenderer.invoke`: the arguments and the answer are copied. */
  async invoke(sender: StandInWebContents, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
    const event = {
      sender,
      senderFrame: { url: sender.getURL(), parent: null, top: null },
      processId: 1,
      frameId: 1,
    }
    try {
      return structuredClone(await handler(event, ...structuredClone(args)))
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      })
    }
  }
}
