import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const root = resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: { '@common': resolve(root, 'electron/common') } },
  test: {
    globals: true,
    include: ['tests/{unit,services,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
