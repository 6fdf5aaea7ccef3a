import { resolve } from 'node:path'
import { build, type Plugin, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The windows' import aliases. The main process hands every window its messages already parsed
 * (see compileMessages), so the windows' builds leave FormatJS's ICU parser out.
 */
export function windowAliases(root: string) {
  return [
    { find: '@common', replacement: resolve(root, 'electron/common') },
    {
      find: /^@formatjs\/icu-messageformat-parser$/,
      replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
    },
  ]
}

/**
 * The console's build settings: one classic script and one style sheet, lazy screens included.
 * Chromium keeps compiled code for classic scripts between starts (the app's scheme has V8's code
 * cache), but never reuses it for module scripts, and a classic script cannot be split: so the
 * screens opened later come in the same file, their modules run only when first opened.
 */
export const consoleBuild = {
  minify: true,
  modulePreload: false,
  cssCodeSplit: false,
  rolldownOptions: {
    output: { format: 'iife', codeSplitting: false },
    // Vite hands each lazy screen's import the module's own URL, which a classic script has no
    // use for (and our own renderer code may not read import.meta: see the ESLint config).
    onLog(level, log, handler) {
      if (log.code !== 'EMPTY_IMPORT_META') handler(level, log)
    },
  },
} satisfies UserConfig['build']

/** Vite writes every entry as a module script; the console's is a classic one, run after parsing. */
export function classicScriptTag(): Plugin {
  return {
    name: 'facilitator-classic-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  }
}

/**
 * React's imports, in the phone pages only, answered by Preact's compatibility layer: the same
 * components (and any library written for React, such as an i18n one) at a tenth of React DOM's
 * size, which is what two hundred phones on a conference Wi-Fi download and parse before the first
 * prompt shows. The console stays on React. Exact names only, so `react-dom/client` and
 * `react/jsx-runtime` find Preact's own files for them.
 */
export const phoneReactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
]

/**
 * The pages served to phones on the room's network, built after the console into the same folder:
 * their own entry and modules, with none of the console's code, for browsers a few years old.
 */
export function phonePagesBuild(root: string, outDir: string): Plugin {
  return {
    name: 'facilitator-phone-pages',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        root: resolve(root, 'renderer'),
        base: './',
        resolve: { alias: [...windowAliases(root), ...phoneReactAliases] },
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          rolldownOptions: { input: { phone: resolve(root, 'renderer/phone.html') } },
        },
      })
    },
  }
}
