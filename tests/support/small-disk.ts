import { mkdtemp, open, rm, stat, truncate } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'vitest'

/** A tiny file system the test can fill up and free again. */
export interface SmallDisk {
  path: string
  /** Fills the disk, then frees `freeBytes` (rounded to whole pages by the file system). */
  fill(freeBytes?: number): Promise<void>
  /** Frees everything `fill` took. */
  free(): Promise<void>
  unmount(): Promise<void>
}

const FILLER = '.filler'

/**
 * Mounts a small tmpfs (200 KB unless told) in a temp folder, or returns the reason it cannot
 * (mounting needs root), so a test can say why it is skipped.
 */
export async function mountSmallDisk(prefix: string, size = '200k'): Promise<SmallDisk | string> {
  const path = await mkdtemp(join(tmpdir(), `facilitator-${prefix}-`))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], { stdio: 'pipe' })
  } catch (error) {
    await rm(path, { recursive: true, force: true })
    return `cannot mount a small disk here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
  const filler = join(path, FILLER)
  return {
    path,
    async fill(freeBytes = 0) {
      const handle = await open(filler, 'a')
      const chunk = Buffer.alloc(4096, 120)
      try {
        for (;;) await handle.write(chunk)
      } catch {
        // ENOSPC: the disk is full.
      } finally {
        await handle.close()
      }
      if (freeBytes > 0) {
        const { size } = await stat(filler)
        await truncate(filler, Math.max(0, size - freeBytes))
      }
    },
    async free() {
      await rm(filler, { force: true })
    },
    async unmount() {
      // Lazily: a file a failed test left open must not keep the disk mounted.
      execFileSync('umount', ['-l', path], { stdio: 'pipe' })
      await rm(path, { recursive: true, force: true })
    },
  }
}

/**
 * The mounted disk, or else skips the running test with the reason no disk could be mounted, so
 * the report says "skipped" rather than counting a test that checked nothing as passed.
 */
export function diskOrSkip(disk: SmallDisk | string, context: TestContext): SmallDisk {
  if (typeof disk === 'string') {
    // Printed as it happens, so a run's log says why this test checked nothing.
    const reason = `skipped: ${disk}`
    console.log(`${context.task.name}: ${reason}`)
    context.skip(reason)
  }
  return disk
}
