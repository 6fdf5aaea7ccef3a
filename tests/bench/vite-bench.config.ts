import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '../..')

/**
 * Bundles the bench into one ES module for plain `node`, the way the handouts command is built.
 * Packages stay external (the SSR default): pdfmake and Playwright read their own files at run
 * time. The output sits two folders below the root, like the sources it replaces, so helpers
 * that find the repository from `import.meta.dirname` still do.
 */
export default defineConfig({
  logLevel: 'error',
  root,
  resolve: { alias: { '@common': resolve(root, 'electron/common') } },
  build: {
    ssr: resolve(root, 'tests/bench/run-bench.ts'),
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    minify: false,
    target: 'node22',
    rolldownOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
  },
})
