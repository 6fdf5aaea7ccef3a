import { lstat, mkdir, realpath } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { fail, succeed, type Result } from '@common/api/result'
import { describeFileError, isMissingFile, writeFileDurably } from '../storage/durable-write'

// Folders the kernel makes up: writing "files" there changes settings or fails oddly.
const systemFolders = ['/proc', '/sys', '/dev']

function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}${sep}`)
}

/**
 * Makes the `--out` folder if needed and checks it can take files. Never throws: a path that is a
 * file, sits under a file, is read-only or is a system folder comes back as a one-line message.
 */
export async function prepareOutputFolder(outDir: string): Promise<Result<string>> {
  const folder = resolve(outDir)
  try {
    await mkdir(folder, { recursive: true })
    const real = await realpath(folder)
    if (systemFolders.some((system) => isUnder(real, system)))
      return fail('invalid-argument', `--out ${outDir} is a system folder, not one for files`)
    if (!(await lstat(real)).isDirectory())
      return fail('invalid-argument', `--out ${outDir} is not a folder`)
    return succeed(folder)
  } catch (error) {
    return fail('io-error', `cannot use --out ${outDir}: ${describeOutError(error)}`)
  }
}

/**
 * Writes one output file through the durable writer, so a full disk leaves no truncated PDF, and
 * the path is replaced rather than written through: a link placed where an output goes is
 * refused, never followed to overwrite a file outside the folder.
 */
export async function writeOutputFile(
  path: string,
  content: Uint8Array | string,
): Promise<Result<string>> {
  try {
    const existing = await lstat(path).catch((error: unknown) => {
      if (isMissingFile(error)) return null
      throw error
    })
    if (existing?.isSymbolicLink() === true)
      return fail('conflict', `${path} is a link to somewhere else; it was left as it is`)
    if (existing !== null && !existing.isFile())
      return fail('conflict', `${path} is not a file; it was left as it is`)
    await writeFileDurably(path, content)
    return succeed(path)
  } catch (error) {
    return fail('io-error', `cannot write ${path}: ${describeOutError(error)}`)
  }
}

function describeOutError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file stands where a folder should be'
  return describeFileError(error)
}
