import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { fail, succeed, type Result } from '@common/api/result'
import type { Codec } from '../storage/durable-adapter'
import type { Storage } from '../storage/storage'

export const FIRST_SCREEN_FILE = 'first-screen.json'

const ROOT = '<div id="root"></div>'

const keptSchema = z.strictObject({ build: z.string(), html: z.string() })
type Kept = z.infer<typeof keptSchema>
// A document, never null: storage writes no document that is null, so "none" would not stick.
const fileSchema = z.strictObject({ kept: keptSchema.nullable() })
type KeptFile = z.infer<typeof fileSchema>

const codec: Codec<KeptFile> = {
  // Only a cache: one that cannot be used means the next start draws as if none were kept.
  parse: (text) => {
    const parsed = fileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : { kept: null }
  },
  serialize: (data) => JSON.stringify(data),
}

/**
 * Markup that could run anything or change the page it is served in: the console's library as
 * React draws it has none of these elements, so a screen holding one is refused.
 */
const notInAScreen =
  /<\/?(?:html|head|body|title|template|script|style|link|meta|base|iframe|frame|object|embed|noscript)\b/i

/** A build is its page: the page names its script and style sheet, whose names carry their hashes. */
function buildOf(page: string): string {
  return createHash('sha256').update(page).digest('hex')
}

/**
 * The console's library screen as last drawn, kept in the user-data folder, and served inside the
 * console's page (in its `#root`) at the next start of the same build (`appPageResponse`): the
 * window shows it as the page is parsed, before the app's own script has run, and React's first
 * render replaces it. Nothing is served for another build, whose markup may not fit its style
 * sheet, nor to the room's window.
 */
export class FirstScreenStore {
  /** The build of the page last served: the one whose console keeps its screen. */
  private servedBuild: string | null = null

  private constructor(
    private readonly storage: Storage,
    private readonly path: string,
    private kept: Kept | null,
  ) {}

  static async load(storage: Storage, userDataDir: string): Promise<FirstScreenStore> {
    const path = join(userDataDir, FIRST_SCREEN_FILE)
    let kept: Kept | null
    try {
      kept = (await storage.open(path, codec, { kept: null })).data.kept
    } catch {
      // Unreadable (no permission, a folder in its place): start as if none were kept.
      kept = null
    }
    return new FirstScreenStore(storage, path, kept)
  }

  /**
   * Keeps `html` as the console's first screen for the build last served, or keeps none (null).
   * Written in the background: a failed write costs the next start only its early picture.
   */
  keep(html: string | null): Result<null> {
    if (html !== null && notInAScreen.test(html))
      return fail('invalid-argument', 'A first screen holds only the library’s own markup.')
    const kept =
      html === null || this.servedBuild === null ? null : { build: this.servedBuild, html }
    if (kept?.build === this.kept?.build && kept?.html === this.kept?.html) return succeed(null)
    this.kept = kept
    this.storage.write(this.path, codec, { kept }).catch(() => undefined)
    return succeed(null)
  }

  /**
   * The app's built `page` as served: to the console's window (`forConsole`), with the screen its
   * build kept, if any, inside `#root`.
   */
  serve(page: string, forConsole: boolean): string {
    const build = buildOf(page)
    this.servedBuild = build
    const kept = this.kept
    if (!forConsole || kept === null || kept.build !== build || !page.includes(ROOT)) return page
    return page.replace(ROOT, () => `<div id="root">${kept.html}</div>`)
  }
}
