// @ts-check
import { resolve } from 'node:path'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import formatjs from 'eslint-plugin-formatjs'
import globals from 'globals'

const root = resolve(import.meta.dirname, '..')

/**
 * FormatJS's rule against literal text in JSX, taking only text with letters in it: a space, a
 * "·" or a "—" between two messages says nothing that a language would change.
 */
const baseNoLiteral = formatjs.rules['no-literal-string-in-jsx']
const hasLetters = (node) => {
  const text =
    node.type === 'JSXText' || node.type === 'Literal'
      ? String(node.value)
      : node.type === 'JSXAttribute' && node.value?.type === 'Literal'
        ? String(node.value.value)
        : node.type === 'TemplateLiteral'
          ? node.quasis.map((quasi) => quasi.value.raw).join('')
          : 'x'
  return /\p{L}/u.test(text)
}
const formatjsWords = {
  rules: {
    'no-literal-string-in-jsx': {
      meta: baseNoLiteral.meta,
      create(context) {
        const lettersOnly = Object.create(context, {
          report: {
            value: (descriptor) => {
              if (hasLetters(descriptor.node)) context.report(descriptor)
            },
          },
        })
        return baseNoLiteral.create(lettersOnly)
      },
    },
  },
}

/** Imports that cross a process boundary, per folder (see HOUSE_STYLE: sorted by runtime). */
const boundaries = {
  common: {
    patterns: [
      { group: ['electron', 'electron/*'], message: 'electron/common runs anywhere: no Electron.' },
      { group: ['node:*'], message: 'electron/common runs anywhere: no Node built-ins.' },
      { group: ['react', 'react-dom', 'react/*'], message: 'electron/common holds no React.' },
      {
        group: [
          '**/main/**',
          '**/services/**',
          '**/preload/**',
          '**/renderer/**',
          '../../main/*',
          '../../services/*',
        ],
        message: 'electron/common imports nothing outside electron/common.',
      },
    ],
  },
  services: {
    patterns: [
      {
        group: ['electron', 'electron/*'],
        message: 'Services are plain Node: OS things come in as parameters.',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'Services depend only on common.',
      },
    ],
  },
  renderer: {
    patterns: [
      {
        group: [
          '@common/i18n/catalogue-sources',
          '@common/i18n/compile-messages',
          '@common/i18n/pseudo-language',
          '@common/i18n/translator',
        ],
        allowTypeImports: true,
        message:
          'A window asks for the one language it shows (lib/i18n): it never carries every catalogue or the ICU parser.',
      },
      {
        group: ['electron', 'electron/*'],
        message: 'The renderer reaches the main process only through lib/bridge.',
      },
      { group: ['node:*'], message: 'The renderer has no Node.' },
      {
        group: [
          '**/electron/main/**',
          '**/electron/services/**',
          '**/electron/preload/**',
          '**/main/**',
          '**/services/**',
          '**/preload/**',
        ],
        message:
          'The renderer may import electron/common (as @common/...) and nothing else of electron/.',
      },
    ],
  },
  preload: {
    patterns: [
      {
        group: ['**/main/**', '**/services/**', '**/renderer/**'],
        message: 'The preload builds the bridge from the contract only.',
      },
      { group: ['node:*'], message: 'A sandboxed preload has no Node built-ins.' },
    ],
  },
}

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['electron.vite.config.ts', '.config/*.ts'],
        },
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.common] },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.services] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', boundaries.preload],
      // The page must never receive ipcRenderer itself: it may only be called, here, to invoke,
      // listen and stop listening.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Identifier[name='ipcRenderer']:not(ImportSpecifier > Identifier):not(MemberExpression[property.name=/^(invoke|on|removeListener)$/] > Identifier.object)",
          message: 'Expose one function per contract call, never ipcRenderer.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', boundaries.renderer],
      'no-restricted-syntax': [
        'error',
        {
          // The console is built as one classic script, where import.meta is an empty object.
          selector: "MemberExpression[object.type='MetaProperty'][property.name!='env']",
          message: 'The renderer may read import.meta.env only: the console is a classic script.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/lib/bridge.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'facilitator',
          message: 'Use the bridge from lib/bridge.ts.',
        },
      ],
    },
  },
  {
    // Every word a window shows comes from the catalogues (electron/common/i18n/catalogues).
    files: ['renderer/src/**/*.tsx'],
    plugins: { formatjs: formatjsWords },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [
              [
                '*',
                '{label,title,hint,heading,description,placeholder,caption,legend,summary,message,emptyText,confirmLabel,cancelLabel}',
              ],
            ],
          },
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Tests poke at raw JSON and hostile values on purpose.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
)
