import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = resolve(import.meta.dirname, '../..')

/** Builds the bare React page with the renderer's build settings (see electron.vite.config.ts). */
export default defineConfig({
  logLevel: 'error',
  root: resolve(root, 'tests/bench/bare-react'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/bench-bare-react'),
    emptyOutDir: true,
    minify: true,
    // electron-vite builds for the Chromium inside Electron, which reads the newest syntax as is.
    target: 'esnext',
  },
})
