import type { MenuItemConstructorOptions } from 'electron'
import { translatorFor } from '@common/i18n/translator'
import { appMenuTemplate } from '../../../electron/main/app-menu'

const t = translatorFor('en')

const actions = {
  showRoomWindow: vi.fn(),
  toggleRoomFullscreen: vi.fn(),
  showShortcuts: vi.fn(),
  showAbout: vi.fn(),
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function roles(platform: NodeJS.Platform, isDevelopment: boolean): string[] {
  return flatten(appMenuTemplate({ platform, isDevelopment, actions, t })).flatMap((item) =>
    item.role === undefined ? [] : [item.role],
  )
}

function labels(platform: NodeJS.Platform): string[] {
  return flatten(appMenuTemplate({ platform, isDevelopment: false, actions, t })).flatMap((item) =>
    item.label === undefined ? [] : [item.label],
  )
}

describe('the application menu', () => {
  it('has the standard edit and zoom roles on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(platform, false)).toEqual(
        expect.arrayContaining([
          'undo',
          'redo',
          'cut',
          'copy',
          'paste',
          'selectAll',
          'zoomIn',
          'zoomOut',
          'resetZoom',
          'windowMenu',
        ]),
      )
    }
  })

  it('keeps reload and the developer tools out of the app people run', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(platform, false)).not.toContain('reload')
      expect(roles(platform, false)).not.toContain('forceReload')
      expect(roles(platform, false)).not.toContain('toggleDevTools')
    }
    expect(roles('linux', true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('puts About in the app menu on macOS and in Help elsewhere', () => {
    const mac = appMenuTemplate({ platform: 'darwin', isDevelopment: false, actions, t })
    expect(mac[0]?.label).toBe('Facilitator')
    expect(roles('darwin', false)).toEqual(expect.arrayContaining(['hide', 'quit', 'close']))
    expect(labels('win32')).toContain('About Facilitator')
    expect(roles('win32', false)).toContain('quit')
    expect(roles('win32', false)).not.toContain('close')
  })

  it('names its own items in the language it is given, and leaves the roles to Electron', () => {
    const german = appMenuTemplate({
      platform: 'linux',
      isDevelopment: false,
      actions,
      t: translatorFor('de'),
    })
    expect(german.map((item) => item.label ?? item.role)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'windowMenu',
      'help',
    ])
    const items = flatten(german).flatMap((item) => (item.label === undefined ? [] : [item.label]))
    expect(items).toEqual(
      expect.arrayContaining(['Raumanzeige zeigen', 'Tastenkürzel', 'Über Facilitator']),
    )
  })

  it('wires its own items to the actions it is given', () => {
    const items = flatten(appMenuTemplate({ platform: 'linux', isDevelopment: false, actions, t }))
    const click = (label: string) => {
      const item = items.find((i) => i.label === label)
      ;(item?.click as (() => void) | undefined)?.()
    }
    click('Show the Room Display')
    click('Room Display Full Screen')
    click('Keyboard Shortcuts')
    click('About Facilitator')
    for (const action of Object.values(actions)) expect(action).toHaveBeenCalledTimes(1)
  })
})
