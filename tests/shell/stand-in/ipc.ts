import { EventEmitter } from 'node:events'
import type { StandInWebContents } from './web-contents'

type Handler = (event: unknown, ...args: unknown[]) => unknown

/** The frame a call comes from, as Electron's `senderFrame` describes it. */
export interface SenderFrame {
  url: string
  /** The frame it is embedded in; null for a page's main frame. */
  parent: { url: string } | null
}

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

  /**
   * What Electron does for `ipcRenderer.invoke`: the arguments and the answer are copied. The call
   * comes from the page's main frame unless `frame` names another: a frame inside the page has a
   * parent, and its own URL.
   */
  async invoke(
    sender: StandInWebContents,
    channel: string,
    args: unknown[],
    frame: SenderFrame = { url: sender.getURL(), parent: null },
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
    const event = {
      sender,
      senderFrame: { ...frame, top: null },
      processId: 1,
      frameId: frame.parent === null ? 1 : 2,
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
