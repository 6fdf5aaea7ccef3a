import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A real 4×3 PNG, one blue. */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGOQj++GIwacHADtUQxtt7LRbwAAAABJRU5ErkJggg==',
  'base64',
)

/** The start of a JPEG file: its signature is all the check reads. */
export const SAMPLE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])

/** A drawing a facilitator might show: a cycle of three steps. */
export const SAMPLE_SVG = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 240">
  <rect width="400" height="240" fill="#fdf6e3"/>
  <circle cx="80" cy="120" r="50" fill="#1f5f8b"/>
  <circle cx="200" cy="120" r="50" fill="#2e7d32"/>
  <circle cx="320" cy="120" r="50" fill="#b8860b"/>
  <text x="80" y="127" font-size="22" text-anchor="middle" fill="#fff">Think</text>
  <text x="200" y="127" font-size="22" text-anchor="middle" fill="#fff">Pair</text>
  <text x="320" y="127" font-size="22" text-anchor="middle" fill="#fff">Share</text>
</svg>
`,
)

/**
 * An SVG that tries to run script three ways. Well-formed, so it is accepted: it is only ever
 * drawn through <img>, where none of it runs. The script sets a flag the tests look for.
 */
export const SCRIPTED_SVG = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" onload="window.__svgRan = 'onload'">
  <script>window.__svgRan = 'script'</script>
  <rect width="100" height="100" fill="#a32a1f" onclick="window.__svgRan = 'click'"/>
  <image href="https://example.com/tracker.png" width="1" height="1"/>
</svg>
`,
)

/** Writes a picture file where a test's open dialog will "find" it. */
export async function writePicture(folder: string, name: string, bytes: Uint8Array) {
  const path = join(folder, name)
  await writeFile(path, bytes)
  return path
}
