import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { contentTypeOf } from '../app-pages/content-types'

/** The phone pages' entry in the renderer build. */
export const PHONE_PAGE = 'phone.html'

/** One file the server may send, held in memory. */
export interface PageFile {
  body: Buffer
  contentType: string
}

/**
 * The phone page (or another `entry` of the build) and the built files it needs, read once into
 * memory. Only the files the page names, and the files those name in turn, are served: never
 * anything else of the build, and never a path from a request, so no request can reach a file of
 * the library or of the computer.
 */
export async function loadPageFiles(
  builtDir: string,
  entry = PHONE_PAGE,
): Promise<Map<string, PageFile>> {
  const files = new Map<string, PageFile>()
  let page: Buffer
  try {
    page = await readFile(join(builtDir, entry))
  } catch {
    return files
  }
  files.set('/', { body: page, contentType: contentTypeOf(entry) ?? '' })
  // A page built without an assets folder needs none: it is served alone, as it was built.
  const assets = await readdir(join(builtDir, 'assets')).catch(() => [] as string[])
  const pending = [page.toString('utf8')]
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const name of assets) {
      const path = `/assets/${name}`
      if (files.has(path) || !text.includes(name)) continue
      const body = await readFile(join(builtDir, 'assets', name))
      files.set(path, {
        body,
        contentType: contentTypeOf(name) ?? 'application/octet-stream',
      })
      if (/\.(js|css)$/.test(name)) pending.push(body.toString('utf8'))
    }
  }
  return files
}
