import type { MenuItemConstructorOptions } from 'electron'

/** What the menu's own items do; each goes through the same service as the console's button. */
export interface MenuActions {
  showRoomWindow: () => void
  toggleRoomFullscreen: () => void
  showShortcuts: () => void
  showAbout: () => void
}

/**
 * The application menu, from the platform's standard roles. Reload and the developer tools are
 * there only in development: in front of a room a stray Ctrl+R must not reload the console.
 */
export function appMenuTemplate(options: {
  platform: NodeJS.Platform
  isDevelopment: boolean
  actions: MenuActions
}): MenuItemConstructorOptions[] {
  const { actions } = options
  const isMac = options.platform === 'darwin'
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Facilitator',
          submenu: [
            { label: 'About Facilitator', click: actions.showAbout },
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
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
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
      label: 'View',
      submenu: [
        { label: 'Show the Room Display', click: actions.showRoomWindow },
        { label: 'Room Display Full Screen', click: actions.toggleRoomFullscreen },
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
        { label: 'Keyboard Shortcuts', click: actions.showShortcuts },
        ...(isMac ? [] : [{ label: 'About Facilitator', click: actions.showAbout }]),
      ],
    },
  ]
}
