import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { classicScriptTag, consoleBuild } from '../../.config/renderer-build.ts'

const root = resolve(import.meta.dirname, '../..')

/** Builds the bare React page with the console's build settings (see .config/renderer-build.ts). */
export default defineConfig({
  logLevel: 'error',
  root: resolve(root, 'tests/bench/bare-react'),
  base: './',
  plugins: [react(), classicScriptTag()],
  build: {
    ...consoleBuild,
    outDir: resolve(root, 'out/bench-bare-react'),
    emptyOutDir: true,
    // electron-vite builds for the Chromium inside Electron, which reads the newest syntax as is.
    target: 'esnext',
  },
})
