import { resolve } from 'node:path'

/** The repository's root folder. */
export const repoRoot = resolve(import.meta.dirname, '../..')
export const resourcesDir = resolve(repoRoot, 'resources')
export const builtRendererDir = resolve(repoRoot, 'out/renderer')
