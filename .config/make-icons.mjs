// Renders the app icon's SVG source into the PNG sizes the installers need: one large PNG that
// the builder turns into .icns and .ico, and the set of sizes Linux desktops look up by name.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

const root = resolve(import.meta.dirname, '..')
const source = readFileSync(join(root, 'resources/icons/facilitator.svg'), 'utf8')
const outDir = join(root, 'out/icons')
mkdirSync(join(outDir, 'png'), { recursive: true })

function render(size) {
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng()
}

writeFileSync(join(outDir, 'icon.png'), render(1024))
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(outDir, 'png', `${String(size)}x${String(size)}.png`), render(size))
}
console.log(`icons written to ${outDir}`)
