import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import {
  classicScriptTag,
  consoleBuild,
  phonePagesBuild,
  windowAliases,
} from './.config/renderer-build'

const alias = { '@common': resolve(import.meta.dirname, 'electron/common') }

/**
 * The dev server injects an inline script for hot reloading, which the strict policy in
 * index.html forbids. Loosen the policy for `electron-vite dev` only; built files keep it strict.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'facilitator-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload must be a single CommonJS file with its dependencies bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias: windowAliases(import.meta.dirname) },
    plugins: [
      react(),
      devContentSecurityPolicy(),
      classicScriptTag(),
      phonePagesBuild(import.meta.dirname, resolve(import.meta.dirname, 'out/renderer')),
    ],
    build: {
      ...consoleBuild,
      rolldownOptions: {
        ...consoleBuild.rolldownOptions,
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
      },
    },
  },
})
