import { resolve } from 'node:path'

/** The repository's root folder. */
export const repoRoot = resolve(import.meta.dirname, '../..')
export const resourcesDir = resolve(repoRoot, 'resources')
export const builtRendererDir = resolve(repoRoot, 'out/renderer')
/** The bench's floor for the first render: a bare React page (see tests/bench/bare-react). */
export const builtBareReactDir = resolve(repoRoot, 'out/bench-bare-react')
