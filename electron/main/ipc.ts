import { ipcMain, type BrowserWindow, type WebContents } from 'electron'
import type { EventName, FacilitatorEvents } from '@common/api/contract'
import { callChannel, eventChannel } from '@common/api/channels'
import { createDispatch, type ApiHandlers } from '@common/api/dispatch'
import { fail } from '@common/api/result'
import { apiCallNames } from '@common/api/call-names'
import { isAppUrl } from '@common/security/trusted-url'

/**
 * Binds every bridge call to IPC, in this one place. A call is answered only when it comes from
 * the main frame of one of our own windows showing our own page; then the shared dispatch validates
 * the argument and runs the service.
 */
export function bindIpc(
  handlers: ApiHandlers,
  appUrl: string,
  windows: () => BrowserWindow[],
): void {
  const dispatch = createDispatch(handlers, (url) => isAppUrl(url, appUrl))
  const isOurWindow = (sender: WebContents) => windows().some((w) => w.webContents.id === sender.id)
  for (const name of apiCallNames) {
    ipcMain.handle(callChannel(name), (event, arg: unknown) => {
      const frame = event.senderFrame
      if (!isOurWindow(event.sender) || frame === null || frame.parent !== null) {
        return fail('untrusted-sender', 'Calls are only accepted from the app’s own windows.')
      }
      return dispatch({ name, arg, senderUrl: frame.url })
    })
  }
}

/** Builds the function that sends an event to every open window. */
export function broadcaster(windows: () => BrowserWindow[]) {
  return <E extends EventName>(event: E, payload: FacilitatorEvents[E]): void => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload)
    }
  }
}
