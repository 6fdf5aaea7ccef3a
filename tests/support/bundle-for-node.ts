import { resolve } from 'node:path'
import { build } from 'vite'
import { repoRoot } from './paths'

/**
 * Bundles a TypeScript entry into one ES module that plain `node` can run, for tests that need
 * a real child process (to kill it mid-write, for example).
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    resolve: { alias: { '@common': resolve(repoRoot, 'electron/common') } },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node22',
      rolldownOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
    ssr: { noExternal: true },
  })
  return resolve(outDir, 'child.mjs')
}
