import { gzipSync } from 'node:zlib'
import { loadPageFiles } from '../../electron/services/lan/page-files'

/**
 * The console's JavaScript as a window downloads it: every `.js` file its page names, and those
 * name in turn (lazily loaded code included), gzipped one by one at the default level (files are
 * compressed separately when served), in KB. The phone pages' own build is not counted.
 */
export async function measureRendererJsGzipKb(builtDir: string): Promise<{
  gzipKb: number
  rawKb: number
  files: number
}> {
  const files = await loadPageFiles(builtDir, 'index.html')
  const scripts = [...files].filter(([path]) => path.endsWith('.js')).map(([, file]) => file.body)
  if (scripts.length === 0) throw new Error(`no JavaScript in ${builtDir}: is the renderer built?`)
  const rawBytes = scripts.reduce((sum, body) => sum + body.byteLength, 0)
  const gzipBytes = scripts.reduce((sum, body) => sum + gzipSync(body).byteLength, 0)
  return { gzipKb: gzipBytes / 1024, rawKb: rawBytes / 1024, files: scripts.length }
}
