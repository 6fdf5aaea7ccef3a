import { EventEmitter } from 'node:events'
import type { DisplayInfo, Rect } from '@common/display/room-placement'
import type { MenuItemRecord } from '../protocol'
import type { StandInBrowserWindow } from './browser-window'
import type { World } from './world'

function asDisplay(info: DisplayInfo) {
  return {
    ...info,
    scaleFactor: 1,
    rotation: 0,
    size: { width: info.bounds.width, height: info.bounds.height },
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return Math.max(0, w) * Math.max(0, h)
}

/** `screen`: not before `ready`; the test attaches and removes displays. */
export class StandInScreen extends EventEmitter {
  displays: DisplayInfo[]
  primaryId: number

  constructor(private readonly world: World) {
    super()
    this.displays = world.config.displays
    this.primaryId = world.config.primaryId
  }

  getAllDisplays() {
    this.world.requireReady("The 'screen' module")
    return this.displays.map(asDisplay)
  }

  getPrimaryDisplay() {
    this.world.requireReady("The 'screen' module")
    const primary = this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]
    if (primary === undefined) throw new Error('no displays')
    return asDisplay(primary)
  }

  getDisplayMatching(rect: Rect) {
    this.world.requireReady("The 'screen' module")
    const best = [...this.displays].sort(
      (a, b) => overlap(b.bounds, rect) - overlap(a.bounds, rect),
    )[0]
    return best !== undefined && overlap(best.bounds, rect) > 0
      ? asDisplay(best)
      : this.getPrimaryDisplay()
  }
}

interface Template {
  label?: string
  role?: string
  type?: string
  submenu?: Template[]
  click?: (...args: unknown[]) => void
}

function recordMenu(items: Template[]): MenuItemRecord[] {
  return items
    .filter((item) => item.type !== 'separator')
    .map((item) => ({
      label: item.label ?? '',
      role: item.role ?? null,
      submenu: recordMenu(item.submenu ?? []),
    }))
}

/** `Menu`: built from a template; the test reads it and clicks its items. */
export class StandInMenu {
  static application: StandInMenu | null | undefined = undefined

  private constructor(readonly template: Template[]) {}

  static buildFromTemplate(template: Template[]): StandInMenu {
    return new StandInMenu(template)
  }

  static setApplicationMenu(menu: StandInMenu | null): void {
    StandInMenu.application = menu
  }

  static getApplicationMenu(): StandInMenu | null {
    return StandInMenu.application ?? null
  }

  record(): MenuItemRecord[] {
    return recordMenu(this.template)
  }

  /** Clicks the item at a path of labels (roles count as labels where there is none). */
  click(path: string[]): void {
    let items = this.template
    let item: Template | undefined
    for (const label of path) {
      item = items.find((i) => (i.label ?? i.role) === label)
      if (item === undefined) throw new Error(`no menu item ${path.join(' › ')}`)
      items = item.submenu ?? []
    }
    if (item?.click === undefined) throw new Error(`menu item ${path.join(' › ')} has no click`)
    item.click(item, undefined, {})
  }
}

interface MessageBoxOptions {
  title?: string
  message: string
  detail?: string
  buttons?: string[]
  cancelId?: number
}

/** `dialog`: message boxes answer from the test's list; the error box works before `ready`. */
export function standInDialog(world: World) {
  const answer = (options: MessageBoxOptions) => {
    world.dialogs.push({
      kind: 'message',
      title: options.title ?? '',
      message: options.message,
      detail: options.detail ?? '',
      buttons: options.buttons ?? ['OK'],
    })
    return world.dialogResponses.shift() ?? options.cancelId ?? 0
  }
  const options = (a: unknown, b: unknown) => (b === undefined ? a : b) as MessageBoxOptions
  return {
    showErrorBox(title: string, content: string) {
      world.dialogs.push({ kind: 'error', title, message: title, detail: content, buttons: ['OK'] })
    },
    showMessageBox(a: StandInBrowserWindow | MessageBoxOptions, b?: MessageBoxOptions) {
      const response = answer(options(a, b))
      return new Promise((resolve) => {
        setImmediate(() => resolve({ response, checkboxChecked: false }))
      })
    },
    showMessageBoxSync(a: StandInBrowserWindow | MessageBoxOptions, b?: MessageBoxOptions) {
      return answer(options(a, b))
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => {
      const filePath = world.savePaths.shift()
      return Promise.resolve(
        filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath },
      )
    },
  }
}

/** `powerSaveBlocker`, counting the blockers that are on. */
export function standInPowerSaveBlocker() {
  const active = new Set<number>()
  let next = 1
  return {
    active,
    start: () => {
      const id = next++
      active.add(id)
      return id
    },
    stop: (id: number) => void active.delete(id),
    isStarted: (id: number) => active.has(id),
  }
}

/** `shell`: nothing leaves the test; what was asked is recorded. */
export function standInShell() {
  const asked: string[] = []
  return {
    asked,
    openExternal: (url: string) => {
      asked.push(`openExternal ${url}`)
      return Promise.resolve()
    },
    openPath: (path: string) => {
      asked.push(`openPath ${path}`)
      return Promise.resolve('')
    },
    trashItem: (path: string) => {
      asked.push(`trashItem ${path}`)
      return Promise.resolve()
    },
  }
}
