import { stat } from 'node:fs/promises'

/**
 * Tells the library folder from what may stand at its path later. A deleted folder must not be
 * quietly made again by a write, and an unmounted drive leaves a bare mount point on the system
 * disk that must not be written into: the folder counts as there only while it exists on the
 * drive it was first seen on (the same drive, so a folder restored there is accepted).
 */
export class LibraryDrive {
  private known: { path: string; dev: number } | null = null

  /** Throws (ENOENT) unless `folder` exists on the drive it was on when first checked. */
  async check(folder: string): Promise<void> {
    const { dev } = await stat(folder)
    if (this.known?.path !== folder) this.known = { path: folder, dev }
    else if (this.known.dev !== dev)
      throw Object.assign(new Error(`${folder} is no longer on its drive`), { code: 'ENOENT' })
  }
}
