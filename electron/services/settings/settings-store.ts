import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Low } from 'lowdb'
import { workshopRefSchema } from '@common/api/library-types'
import { defaultMessagePresets, messagePresetsSchema } from '@common/api/message-presets'
import { fail, succeed, type Result } from '@common/api/result'
import {
  languages,
  pickLanguage,
  pseudoLanguage,
  type Language,
  type MessageLanguage,
} from '@common/i18n/locales'
import { translatorFor, type Translator } from '@common/i18n/translator'
import { fileErrorIn } from '../storage/file-error-message'
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
  /**
   * The console's, menus' and dialogs' language; 'system' follows the system's. The test
   * language is accepted for layout tests, never offered.
   */
  appLanguage: z.enum(['system', ...languages, pseudoLanguage]).default('system'),
  /** The messages the console offers for the room; the facilitator edits the list. */
  messagePresets: messagePresetsSchema.default(() => [...defaultMessagePresets]),
})
export type Settings = z.infer<typeof settingsSchema>

const defaults = (): Settings => settingsSchema.parse({})

/**
 * Reads what it can, field by field: one bad value (a volume of 1.5 written by hand or by a newer
 * version) falls back to its own default, and never costs the user their chosen library folder.
 */
function parseSettings(data: unknown): Settings {
  const settings = defaults()
  if (typeof data !== 'object' || data === null) return settings
  const fields = data as Record<string, unknown>
  const shape = settingsSchema.shape
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    const field = shape[key].safeParse(fields[key])
    if (field.success) Object.assign(settings, { [key]: field.data })
  }
  if (Array.isArray(fields.recent)) {
    // A recent list with one entry of another kind keeps the others.
    settings.recent = fields.recent
      .flatMap((ref) => {
        const parsed = workshopRefSchema.safeParse(ref)
        return parsed.success ? [parsed.data] : []
      })
      .slice(0, 10)
  }
  if (Array.isArray(fields.messagePresets)) {
    // A preset edited by hand into something unreadable costs that line, not the whole list.
    settings.messagePresets = fields.messagePresets
      .flatMap((preset) => {
        const parsed = messagePresetsSchema.element.safeParse(preset)
        return parsed.success ? [parsed.data] : []
      })
      .slice(0, 30)
  }
  return settings
}

const codec = {
  // A file that is not JSON throws, and storage sets it aside (so the next save cannot destroy
  // it); one with a bad value keeps every other field (see parseSettings).
  parse: (text: string): Settings => parseSettings(JSON.parse(text)),
  serialize: (data: Settings) => `${JSON.stringify(data, null, 2)}\n`,
}

/** The default presets in `t`'s language (the English list is `defaultMessagePresets`). */
function defaultPresetsIn(t: Translator): string[] {
  return [
    t.formatMessage({ id: 'room.defaultPreset.fiveMinutes' }),
    t.formatMessage({ id: 'room.defaultPreset.twoMinutes' }),
    t.formatMessage({ id: 'room.defaultPreset.backToSeats' }),
    t.formatMessage({ id: 'room.defaultPreset.swapRoles' }),
    t.formatMessage({ id: 'room.defaultPreset.finishThought' }),
  ]
}

/** App settings and recent files, in a lowdb file under the user-data folder. */
export class SettingsStore {
  private readonly systemLanguage: Language

  private constructor(
    private readonly db: Low<Settings>,
    systemLanguages: readonly string[],
  ) {
    this.systemLanguage = pickLanguage(systemLanguages)
  }

  /**
   * Opens the settings; `systemLanguages` are the system's preferred languages, most preferred
   * first, which the app follows until the facilitator chooses one.
   */
  static async open(
    storage: Storage,
    userDataDir: string,
    systemLanguages: readonly string[] = [],
  ): Promise<SettingsStore> {
    const path = join(userDataDir, 'settings.json')
    const isFirstStart = await stat(path).then(
      () => false,
      () => true,
    )
    const db = await storage.open(path, codec, defaults(), { what: 'Your settings' })
    const store = new SettingsStore(db, systemLanguages)
    if (isFirstStart) {
      // The presets are the facilitator's own words from then on: written once, in the language
      // the app first speaks, and never translated afterwards.
      const presets = defaultPresetsIn(store.translator())
      await store.update((settings) => {
        settings.messagePresets = presets
      })
    }
    return store
  }

  get current(): Readonly<Settings> {
    return this.db.data
  }

  /** The app's language: the one chosen, or the system's while the choice is 'system'. */
  appLanguage(): MessageLanguage {
    const chosen = this.db.data.appLanguage
    return chosen === 'system' ? this.systemLanguage : chosen
  }

  /** The translator of the app's language as it is now (the menu, dialogs and messages). */
  translator(): Translator {
    return translatorFor(this.appLanguage())
  }

  /**
   * Applies a change at once and saves it. A save that fails (a full disk) leaves the change in
   * effect for this run and says so in a whole sentence, so callers decide whether it matters;
   * it never throws.
   */
  async update(change: (settings: Settings) => void): Promise<Result<null>> {
    change(this.db.data)
    try {
      await this.db.write()
      return succeed(null)
    } catch (error) {
      return fail(
        'io-error',
        this.translator().formatMessage(
          { id: 'errors.settings.notSaved' },
          { reason: fileErrorIn(this.translator(), error) },
        ),
      )
    }
  }
}
