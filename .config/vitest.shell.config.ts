import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(import.meta.dirname, '..')

/**
 * The Electron conformance suite: the built main and preload on a stand-in Electron, each app
 * in its own process. It needs `out/` (run after `electron-vite build`).
 */
export default defineConfig({
  root,
  resolve: { alias: { '@common': resolve(root, 'electron/common') } },
  test: {
    globals: true,
    include: ['tests/shell/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
