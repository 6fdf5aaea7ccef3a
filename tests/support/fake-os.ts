import { mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { OsPorts } from '../../electron/services/os-ports'

/**
 * The OS dialogs cannot be shown here, so tests answer them: each answer is taken once, and an
 * unanswered dialog counts as cancelled. The trash is a real folder the test can look into.
 */
export class FakeOs implements OsPorts {
  nextOpenPath: string | null = null
  nextSavePath: string | null = null
  nextFolder: string | null = null

  constructor(readonly trashFolder: string) {}

  chooseFileToOpen(): Promise<string | null> {
    const answer = this.nextOpenPath
    this.nextOpenPath = null
    return Promise.resolve(answer)
  }

  chooseFileToSave(): Promise<string | null> {
    const answer = this.nextSavePath
    this.nextSavePath = null
    return Promise.resolve(answer)
  }

  chooseFolder(): Promise<string | null> {
    const answer = this.nextFolder
    this.nextFolder = null
    return Promise.resolve(answer)
  }

  async moveToTrash(path: string): Promise<void> {
    await mkdir(this.trashFolder, { recursive: true })
    await rename(path, join(this.trashFolder, basename(path)))
  }
}
