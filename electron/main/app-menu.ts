import type { MenuItemConstructorOptions } from 'electron'
import type { Translator } from '@common/i18n/translator'

/** What the menu's own items do; each goes through the same service as the console's button. */
export interface MenuActions {
  showRoomWindow: () => void
  toggleRoomFullscreen: () => void
  showShortcuts: () => void
  showAbout: () => void
}

/**
 * The application menu, from the platform's standard roles. Reload and the developer tools are
 * there only in development: in front of a room a stray Ctrl+R must not reload the console. The
 * app's own labels are in the app's language; Electron names the roles' items in the system's.
 */
export function appMenuTemplate(options: {
  platform: NodeJS.Platform
  isDevelopment: boolean
  actions: MenuActions
  t: Translator
}): MenuItemConstructorOptions[] {
  const { actions, t } = options
  const about = t.formatMessage({ id: 'menu.about' })
  const isMac = options.platform === 'darwin'
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Facilitator',
          submenu: [
            { label: about, click: actions.showAbout },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []
  const development: MenuItemConstructorOptions[] = options.isDevelopment
    ? [
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
      ]
    : []
  return [
    ...appMenu,
    {
      label: t.formatMessage({ id: 'menu.file' }),
      submenu: [isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: t.formatMessage({ id: 'menu.edit' }),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.formatMessage({ id: 'menu.view' }),
      submenu: [
        { label: t.formatMessage({ id: 'menu.showRoom' }), click: actions.showRoomWindow },
        {
          label: t.formatMessage({ id: 'menu.roomFullScreen' }),
          click: actions.toggleRoomFullscreen,
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...development,
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: t.formatMessage({ id: 'menu.shortcuts' }), click: actions.showShortcuts },
        ...(isMac ? [] : [{ label: about, click: actions.showAbout }]),
      ],
    },
  ]
}
