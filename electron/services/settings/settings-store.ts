import { join } from 'node:path'
import { z } from 'zod'
import type { Low } from 'lowdb'
import { workshopRefSchema } from '@common/api/library-types'
import type { Storage } from '../storage/storage'

export const settingsSchema = z.object({
  /** The library folder; null means the default folder in Documents. */
  libraryFolder: z.string().nullable().default(null),
  /** Most recently opened workshops, newest first. */
  recent: z.array(workshopRefSchema).max(10).default([]),
  soundVolume: z.number().min(0).max(1).default(0.7),
  muted: z.boolean().default(false),
  /** The display the user chose for the room, remembered for the next session. */
  roomDisplayId: z.number().nullable().default(null),
})
export type Settings = z.infer<typeof settingsSchema>

const codec = {
  // A file that is not JSON throws, and storage sets it aside; one with a bad value falls back
  // to the defaults, so a damaged settings file never stops the app.
  parse: (text: string): Settings =>
    settingsSchema.catch(settingsSchema.parse({})).parse(JSON.parse(text)),
  serialize: (data: Settings) => `${JSON.stringify(data, null, 2)}\n`,
}

/** App settings and recent files, in a lowdb file under the user-data folder. */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  static async open(storage: Storage, userDataDir: string): Promise<SettingsStore> {
    const db = await storage.open(
      join(userDataDir, 'settings.json'),
      codec,
      settingsSchema.parse({}),
      { what: 'Your settings' },
    )
    return new SettingsStore(db)
  }

  get current(): Readonly<Settings> {
    return this.db.data
  }

  async update(change: (settings: Settings) => void): Promise<void> {
    await this.db.update(change)
  }
}
