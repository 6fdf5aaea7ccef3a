import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '..')

/**
 * Bundles the handouts command into one ES module that plain `node` runs without Electron.
 * Packages stay external (the SSR default): pdfmake reads its own data files at run time.
 */
export default defineConfig({
  logLevel: 'error',
  root,
  resolve: { alias: { '@common': resolve(root, 'electron/common') } },
  build: {
    ssr: resolve(root, 'electron/services/handouts/cli-main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    minify: false,
    target: 'node22',
    rolldownOptions: { output: { format: 'es', entryFileNames: 'handouts.mjs' } },
  },
})
