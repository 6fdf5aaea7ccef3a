import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '..')

/**
 * Bundles the workshop command (agendas in and out, the report across sessions) into one ES
 * module that plain `node` runs without Electron. Packages stay external (the SSR default).
 */
export default defineConfig({
  logLevel: 'error',
  root,
  resolve: { alias: { '@common': resolve(root, 'electron/common') } },
  build: {
    ssr: resolve(root, 'electron/services/workshop-cli/cli-main.ts'),
    outDir: resolve(root, 'out/workshop-cli'),
    emptyOutDir: true,
    minify: false,
    target: 'node22',
    rolldownOptions: { output: { format: 'es', entryFileNames: 'workshop.mjs' } },
  },
})
