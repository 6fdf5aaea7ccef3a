import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SettingsStore } from '../../../electron/services/settings/settings-store'
import { Storage } from '../../../electron/services/storage/storage'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
beforeEach(async () => {
  folder = await makeTempFolder('settings')
})
afterEach(async () => {
  await folder.remove()
})

const chosen = {
  libraryFolder: '/media/shared/Workshops',
  recent: [{ source: 'builtin', id: 'mentoring-guide' }],
  soundVolume: 0.4,
  muted: true,
  roomDisplayId: 2,
  messagePresets: ['Lunch is served', 'Find a new partner'],
  appLanguage: 'de',
}

async function openWith(settings: unknown): Promise<SettingsStore> {
  await writeFile(join(folder.path, 'settings.json'), JSON.stringify(settings))
  return SettingsStore.open(new Storage(), folder.path)
}

describe('the settings file', () => {
  it('keeps every setting it can read', async () => {
    expect((await openWith(chosen)).current).toEqual(chosen)
  })

  it('falls back to the default for a bad value alone, keeping the chosen library folder', async () => {
    const store = await openWith({ ...chosen, soundVolume: 1.5 })
    expect(store.current).toEqual({ ...chosen, soundVolume: 0.7 })
    await store.update((s) => {
      s.muted = false
    })
    const saved = JSON.parse(await readFile(join(folder.path, 'settings.json'), 'utf8'))
    expect(saved.libraryFolder).toBe('/media/shared/Workshops')
  })

  it('keeps the readable recent workshops when one entry is bad', async () => {
    const store = await openWith({ ...chosen, recent: [{ source: 'nowhere' }, ...chosen.recent] })
    expect(store.current.recent).toEqual(chosen.recent)
    expect(store.current.libraryFolder).toBe(chosen.libraryFolder)
  })

  it('keeps the readable message presets when one is bad, and starts with defaults without any', async () => {
    const store = await openWith({ ...chosen, messagePresets: ['Lunch is served', 42, '', 'Go'] })
    expect(store.current.messagePresets).toEqual(['Lunch is served', 'Go'])
    // A settings file written before presets existed.
    const older: Record<string, unknown> = { ...chosen }
    delete older.messagePresets
    expect((await openWith(older)).current.messagePresets).toContain('5 minutes left')
  })

  it('follows the system language until one is chosen, and forgets a language it does not speak', async () => {
    const older: Record<string, unknown> = { ...chosen }
    delete older.appLanguage
    expect((await openWith(older)).current.appLanguage).toBe('system')
    expect((await openWith({ ...chosen, appLanguage: 'tlh' })).current).toEqual({
      ...chosen,
      appLanguage: 'system',
    })
  })

  it('uses the defaults when the file is not JSON at all', async () => {
    await writeFile(join(folder.path, 'settings.json'), '{"libraryFolder": "/x", ')
    const store = await SettingsStore.open(new Storage(), folder.path)
    expect(store.current).toMatchObject({ libraryFolder: null, soundVolume: 0.7 })
  })
})
