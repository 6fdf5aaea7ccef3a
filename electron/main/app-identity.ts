import { app } from 'electron'
import { join } from 'node:path'

export const PRODUCT_NAME = 'Facilitator'

/**
 * The folder that holds `out/` and `resources/`: the project folder under `npm start`,
 * `app.asar` in the installed app. It is found from this file's own place rather than from
 * `app.getAppPath()`, which names the folder of whatever script Electron was started with.
 */
export const appRoot = join(import.meta.dirname, '..', '..')

/**
 * Names the app before anything reads a path, so the user-data folder, the log folder and the
 * menus say Facilitator however the app was launched (`electron .`, the built script, an
 * installer), and never share Electron's own default folder.
 */
export function nameTheApp(): void {
  app.setName(PRODUCT_NAME)
  app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME))
  app.setAppLogsPath()
}
