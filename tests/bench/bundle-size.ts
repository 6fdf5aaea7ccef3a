import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The renderer's JavaScript as a window downloads it: every `.js` file in the built assets,
 * gzipped one by one at the default level (files are compressed separately when served), in KB.
 */
export async function measureRendererJsGzipKb(assetsDir: string): Promise<{
  gzipKb: number
  rawKb: number
  files: number
}> {
  const names = (await readdir(assetsDir)).filter((name) => name.endsWith('.js'))
  if (names.length === 0) throw new Error(`no JavaScript in ${assetsDir}: is the renderer built?`)
  let gzipBytes = 0
  let rawBytes = 0
  for (const name of names) {
    const bytes = await readFile(join(assetsDir, name))
    rawBytes += bytes.byteLength
    gzipBytes += gzipSync(bytes).byteLength
  }
  return { gzipKb: gzipBytes / 1024, rawKb: rawBytes / 1024, files: names.length }
}
