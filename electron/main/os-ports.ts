import { dialog, shell, type BrowserWindow } from 'electron'
import type { OsPorts } from '../services/os-ports'
import { electronDisplayPort } from './display-port'
import type { AppWindows } from './windows'

/** The operating-system services the app needs, implemented with Electron. */
export function electronOsPorts(windows: AppWindows): OsPorts {
  const window = (): BrowserWindow | undefined => windows.console ?? undefined
  return {
    async chooseFileToOpen({ title, extensions, kind }) {
      const options = {
        title,
        properties: ['openFile' as const],
        filters: [{ name: kind ?? 'Workshop', extensions }],
      }
      const owner = window()
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFileToSave({ title, defaultName, extensions }) {
      const kind = extensions.includes('pdf') ? 'PDF' : 'Workshop'
      const options = { title, defaultPath: defaultName, filters: [{ name: kind, extensions }] }
      const owner = window()
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || result.filePath === '' ? null : result.filePath
    },
    async chooseFolder({ title }) {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const owner = window()
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    moveToTrash: (path) => shell.trashItem(path),
    openFile: async (path) => {
      const problem = await shell.openPath(path)
      if (problem !== '') throw new Error(problem)
    },
    displays: electronDisplayPort(windows),
  }
}
