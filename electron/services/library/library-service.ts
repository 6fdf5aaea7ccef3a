import { copyFile, rename, rm } from 'node:fs/promises'
import type {
  AgendaSheet,
  BrokenWorkshopFile,
  ExportedWorkshop,
  ImportedFile,
  LibraryListing,
  OpenedWorkshop,
  WorkshopRef,
  WorkshopSummary,
} from '@common/api/library-types'
import { fail, succeed, type Failure, type Result } from '@common/api/result'
import { serializeWorkshop } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import { blankWorkshop } from '@common/domain/workshop/blank'
import type { PictureStore } from '../images/picture-store'
import type { OsPorts } from '../os-ports'
import type { MessageId } from '@common/i18n/message-id'
import type { Translator } from '@common/i18n/translator'
import { backupPathFor } from '../storage/durable-write'
import { fileErrorIn } from '../storage/file-error-message'
import { FileLocks } from '../storage/file-lock'
import {
  describeReadProblem,
  readRegularFile,
  type RegularFileRead,
} from '../storage/read-regular-file'
import type { Storage } from '../storage/storage'
import type { BuiltinWorkshop } from './builtin-workshops'
import { claimFileName } from './claim-file-name'
import { fileNameForTitle } from './file-names'
import { summarizeWorkshop, type LibraryFolder } from './library-folder'
import type { FileSummary } from './library-index'
import { MAX_WORKSHOP_FILE_BYTES, readWorkshopFile, revisionOf } from './read-workshop-file'
import { workshopCodec } from './workshop-codec'
import { collectPictures, exportCodec, readImport, readImportText } from './workshop-transfer'
import { readSheetFile, sheetFromBytes } from '../agenda/agenda-import'
import { isSheetFileName, sheetExtensions } from '../agenda/sheet-file'

function summarize(
  ref: WorkshopRef,
  summary: Omit<FileSummary, 'modifiedAt'>,
  modifiedAt: number | null,
): WorkshopSummary {
  return {
    ref,
    title: summary.title,
    copyOf: summary.copyOf,
    readOnly: ref.source === 'builtin',
    exerciseCount: summary.exerciseCount,
    totalMinutes: summary.totalMinutes,
    modifiedAt,
    revision: summary.revision,
  }
}

/** Lists, opens, creates, copies, renames, deletes, imports and exports workshop files. */
export class LibraryService {
  private readonly locks = new FileLocks()

  constructor(
    private folder: LibraryFolder,
    private readonly builtins: readonly BuiltinWorkshop[],
    private readonly storage: Storage,
    private readonly os: OsPorts,
    private readonly onChanged: () => void,
    private readonly pictures: PictureStore,
    /** The app language's translator, asked at each message (the language can change). */
    private readonly t: () => Translator,
  ) {}

  private readOnlyFailure(): Result<never> {
    return fail('read-only', this.t().formatMessage({ id: 'errors.library.readOnly' }))
  }

  /** A message in the app's language naming why a file operation failed. */
  private failWith(
    code: 'io-error',
    id: MessageId,
    values: Record<string, string>,
    error: unknown,
  ): Failure {
    const t = this.t()
    return fail(code, t.formatMessage({ id }, { ...values, reason: fileErrorIn(t, error) }))
  }

  get folderPath(): string {
    return this.folder.path
  }

  /** Points the library at another folder (after the user picks one in settings). */
  useFolder(folder: LibraryFolder): void {
    this.folder = folder
  }

  async list(): Promise<Result<LibraryListing>> {
    try {
      const scan = await this.folder.scan()
      const builtins = this.builtins.map((b) =>
        summarize({ source: 'builtin', id: b.id }, summarizeWorkshop(b.workshop, b.revision), null),
      )
      const files = scan.files.map((f) =>
        summarize({ source: 'library', fileName: f.fileName }, f.summary, f.summary.modifiedAt),
      )
      return succeed({
        folder: this.folder.path,
        workshops: [...builtins, ...files],
        broken: await this.inAppLanguage(scan.broken),
        folderMissing: scan.folderMissing,
      })
    } catch (error) {
      // The scan's own error names the folder in English for the log; the console's words
      // say the same in the app's language, with the file system's reason.
      return this.failWith(
        'io-error',
        'errors.library.folderUnreadable',
        { folder: this.folder.path },
        error instanceof Error && error.cause !== undefined ? error.cause : error,
      )
    }
  }

  /**
   * The broken files' messages in the app's language. The index keeps them in English (it outlives
   * a change of language), so in another language each broken file is read again: there are few,
   * and a file that now reads keeps its listing until the next one. One that cannot be read at
   * all (a folder in its place, too large) says so in the app's language too.
   */
  private async inAppLanguage(broken: BrokenWorkshopFile[]): Promise<BrokenWorkshopFile[]> {
    const t = this.t()
    if (t.locale === 'en') return broken
    return Promise.all(
      broken.map(async (file) => {
        const read = await readWorkshopFile(this.folder.pathOf(file.fileName), t)
        if (read.ok) return file
        return { ...file, message: read.message, wholeFile: read.wholeFile }
      }),
    )
  }

  async open(ref: WorkshopRef): Promise<Result<OpenedWorkshop>> {
    if (ref.source === 'builtin') {
      const builtin = this.builtins.find((b) => b.id === ref.id)
      if (builtin === undefined)
        return fail(
          'not-found',
          this.t().formatMessage({ id: 'errors.library.noBuiltin' }, { id: ref.id }),
        )
      return succeed({
        ref,
        workshop: builtin.workshop,
        readOnly: true,
        revision: builtin.revision,
      })
    }
    // Always from disk: the listing may come from the index, but what is opened must be checked.
    const t = this.t()
    const read = await readWorkshopFile(this.folder.pathOf(ref.fileName), t)
    if (!read.ok && read.missing)
      return fail(
        'not-found',
        t.formatMessage({ id: 'errors.library.gone' }, { file: ref.fileName }),
      )
    if (!read.ok)
      return fail(
        'invalid-file',
        t.formatMessage(
          { id: 'errors.library.cannotOpen' },
          { file: ref.fileName, problem: read.message },
        ),
      )
    return succeed({ ref, workshop: read.workshop, readOnly: false, revision: read.revision })
  }

  /** Creates a new workshop file from a starting workshop and returns it opened. */
  private async add(workshop: Workshop, wantedName?: string): Promise<Result<OpenedWorkshop>> {
    try {
      await this.folder.ensureExists()
      const fileName = await claimFileName(this.folder, this.storage, workshop, null, wantedName)
      this.onChanged()
      return succeed(openedFromLibrary(fileName, workshop))
    } catch (error) {
      return this.failWith(
        'io-error',
        'errors.library.saveFailed',
        { title: workshop.title },
        error,
      )
    }
  }

  async create(title: string): Promise<Result<OpenedWorkshop>> {
    return this.add(blankWorkshop(title))
  }

  /**
   * Copies a workshop under the same title: the title is what the room shows, and a copy made to
   * adapt a workshop is still that workshop to the people in the room. The copy remembers what it
   * was copied from, which the library shows on its card, and its file is named `…-copy`.
   */
  async duplicate(ref: WorkshopRef): Promise<Result<OpenedWorkshop>> {
    const opened = await this.open(ref)
    if (!opened.ok) return opened
    const original = opened.value.workshop
    const copy = { ...original, copyOf: original.title }
    return this.add(copy, fileNameForTitle(`${original.title} copy`))
  }

  /**
   * Retitles a workshop, and renames its file to match when the new name is free. The new file
   * is written complete under its own name before the old one goes, so a failure changes nothing;
   * the old file becomes the new one's backup (its previous version).
   */
  async rename(ref: WorkshopRef, title: string): Promise<Result<OpenedWorkshop>> {
    if (ref.source === 'builtin') return this.readOnlyFailure()
    const cannot = (error: unknown) =>
      this.failWith('io-error', 'errors.library.renameFailed', { file: ref.fileName }, error)
    return this.withLock(ref.fileName, cannot, async () => {
      const opened = await this.open(ref)
      if (!opened.ok) return opened
      const workshop = { ...opened.value.workshop, title }
      const oldPath = this.folder.pathOf(ref.fileName)
      let fileName: string
      try {
        fileName = await claimFileName(this.folder, this.storage, workshop, ref.fileName)
        if (fileName === ref.fileName) await this.storage.write(oldPath, workshopCodec, workshop)
        else await this.retire(oldPath, this.folder.pathOf(fileName))
      } catch (error) {
        return cannot(error)
      }
      this.onChanged()
      return succeed(openedFromLibrary(fileName, workshop))
    })
  }

  /** Moves a renamed file's old version to be its new file's backup; undoes the rename if not. */
  private async retire(oldPath: string, newPath: string): Promise<void> {
    try {
      await this.storage.forget(oldPath)
      await rename(oldPath, backupPathFor(newPath))
    } catch (error) {
      await this.storage.forget(newPath)
      await rm(newPath, { force: true })
      throw error
    }
    await rm(backupPathFor(oldPath), { force: true })
  }

  /**
   * Saves an edited workshop. When the file changed on disk since `baseRevision` (someone else
   * edited it, or it was moved or deleted), nothing is written and a conflict comes back, unless
   * `overwrite` says the user chose. The check and the write hold the file's lock, so of two
   * saves from one revision, in this app or another instance, the second gets the conflict.
   */
  async save(
    ref: WorkshopRef,
    workshop: Workshop,
    baseRevision: string,
    overwrite: boolean,
  ): Promise<Result<{ revision: string }>> {
    if (ref.source === 'builtin') return this.readOnlyFailure()
    const cannot = (error: unknown) =>
      this.failWith('io-error', 'errors.library.saveFileFailed', { file: ref.fileName }, error)
    const path = this.folder.pathOf(ref.fileName)
    return this.withLock(ref.fileName, cannot, async () => {
      const current = await readRegularFile(path, MAX_WORKSHOP_FILE_BYTES)
      if (!overwrite) {
        const changed = current.ok
          ? revisionOf(current.text) !== baseRevision
          : current.reason !== 'unreadable'
        if (changed) return fail('conflict', conflictMessage(this.t(), ref.fileName, current))
      }
      try {
        await this.storage.write(path, workshopCodec, workshop)
      } catch (error) {
        return cannot(error)
      }
      this.onChanged()
      return succeed({ revision: revisionOf(serializeWorkshop(workshop)) })
    })
  }

  async remove(ref: WorkshopRef): Promise<Result<{ fileName: string }>> {
    if (ref.source === 'builtin') return this.readOnlyFailure()
    const cannot = (error: unknown) =>
      this.failWith('io-error', 'errors.library.trashFailed', { file: ref.fileName }, error)
    const path = this.folder.pathOf(ref.fileName)
    return this.withLock(ref.fileName, cannot, async () => {
      try {
        await this.storage.forget(path)
        await this.os.moveToTrash(path)
        // Its backup goes too, so a later file of the same name can never restore this one.
        await rm(backupPathFor(path), { force: true })
      } catch (error) {
        return cannot(error)
      }
      this.onChanged()
      return succeed({ fileName: ref.fileName })
    })
  }

  /**
   * Runs a change to one file holding its lock (see {@link FileLocks}): a save, rename, delete
   * or restore waits for the one before it. When another app instance keeps the file, or the
   * lock cannot be taken at all, the change is refused and nothing is written.
   */
  private async withLock<T>(
    fileName: string,
    cannot: (error: unknown) => Failure,
    change: () => Promise<Result<T>>,
  ): Promise<Result<T>> {
    let held: Result<T> | 'busy'
    try {
      held = await this.locks.hold(this.folder.pathOf(fileName), change)
    } catch (error) {
      return cannot(error)
    }
    if (held === 'busy')
      return fail(
        'conflict',
        this.t().formatMessage({ id: 'errors.library.busy' }, { file: fileName }),
      )
    return held
  }

  /**
   * Asks for a file anywhere (a workshop file, or an export with its pictures), validates it,
   * puts its pictures in this library's store and copies the workshop into the library. A
   * spreadsheet or CSV file is read and handed back for the mapping step instead.
   */
  async import(): Promise<Result<ImportedFile>> {
    const source = await this.os.chooseFileToOpen({
      title: this.t().formatMessage({ id: 'dialog.importWorkshop' }),
      extensions: ['json', ...sheetExtensions],
    })
    if (source === null)
      return fail('cancelled', this.t().formatMessage({ id: 'errors.library.importCancelled' }))
    if (isSheetFileName(source)) return asSheet(await readSheetFile(source, this.t))
    const read = await readImport(source, this.pictures, this.t())
    if (!read.ok) return fail(read.code, read.message)
    return asWorkshop(await this.add(read.workshop))
  }

  /** As {@link import}, for a file dropped on the library screen. */
  async importDropped(fileName: string, bytes: Buffer): Promise<Result<ImportedFile>> {
    if (isSheetFileName(fileName)) return asSheet(await sheetFromBytes(fileName, bytes, this.t))
    if (!fileName.toLowerCase().endsWith('.json'))
      return fail(
        'invalid-file',
        this.t().formatMessage({ id: 'errors.import.wrongType' }, { file: fileName }),
      )
    const read = await readImportText(fileName, bytes.toString('utf8'), this.pictures, this.t())
    if (!read.ok) return fail(read.code, read.message)
    return asWorkshop(await this.add(read.workshop))
  }

  /** Adds a workshop made on the mapping step from a sheet, once the facilitator confirms. */
  async addImported(workshop: Workshop): Promise<Result<OpenedWorkshop>> {
    return this.add(workshop)
  }

  /**
   * Asks where to save, and writes the workshop there as one file with its pictures' bytes, so
   * it imports whole into another library.
   */
  async export(ref: WorkshopRef): Promise<Result<ExportedWorkshop>> {
    const opened = await this.open(ref)
    if (!opened.ok) return opened
    const { workshop } = opened.value
    const target = await this.os.chooseFileToSave({
      title: this.t().formatMessage({ id: 'dialog.exportWorkshop' }),
      defaultName: fileNameForTitle(workshop.title),
      extensions: ['json'],
    })
    if (target === null)
      return fail('cancelled', this.t().formatMessage({ id: 'errors.library.exportCancelled' }))
    try {
      const { pictures, missing } = await collectPictures(workshop, this.pictures)
      await this.storage.write(target, exportCodec, { workshop, pictures })
      await this.storage.forget(target)
      return succeed({
        path: target,
        pictures: Object.keys(pictures).length,
        missingPictures: missing,
      })
    } catch (error) {
      return this.failWith('io-error', 'errors.library.exportFailed', { path: target }, error)
    }
  }

  /** Puts a broken file's previous good version back; the broken text is kept beside it. */
  async restoreBackup(fileName: string): Promise<Result<OpenedWorkshop>> {
    const cannot = (error: unknown) =>
      this.failWith('io-error', 'errors.library.restoreFailed', { file: fileName }, error)
    const restored = await this.withLock(fileName, cannot, async () => {
      const path = this.folder.pathOf(fileName)
      const t = this.t()
      const backup = await readWorkshopFile(backupPathFor(path), t)
      if (!backup.ok && backup.unreadable)
        return fail(
          'not-found',
          t.formatMessage({ id: 'errors.library.noBackup' }, { file: fileName }),
        )
      if (!backup.ok)
        return fail(
          'invalid-file',
          t.formatMessage(
            { id: 'errors.library.backupInvalid' },
            { file: fileName, problem: backup.message },
          ),
        )
      try {
        // The damaged file's copy is a courtesy for whoever wants to look at it; without it the
        // restore still goes ahead, since the file could not be opened anyway.
        await copyFile(path, `${path}.damaged`).catch(() => undefined)
        await this.storage.forget(path)
        await this.storage.write(path, workshopCodec, backup.workshop)
      } catch (error) {
        return cannot(error)
      }
      return succeed(null)
    })
    if (!restored.ok) return restored
    this.onChanged()
    return this.open({ source: 'library', fileName })
  }
}

function asSheet(read: Result<AgendaSheet>): Result<ImportedFile> {
  return read.ok ? succeed({ kind: 'sheet', sheet: read.value }) : read
}

function asWorkshop(added: Result<OpenedWorkshop>): Result<ImportedFile> {
  return added.ok ? succeed({ kind: 'workshop', opened: added.value }) : added
}

/** A workshop just written to the library, as the renderer receives it. */
function openedFromLibrary(fileName: string, workshop: Workshop): OpenedWorkshop {
  return {
    ref: { source: 'library', fileName },
    workshop,
    readOnly: false,
    revision: revisionOf(serializeWorkshop(workshop)),
  }
}

function conflictMessage(t: Translator, file: string, current: RegularFileRead): string {
  if (!current.ok && current.reason === 'missing')
    return t.formatMessage({ id: 'errors.library.conflictGone' }, { file })
  if (!current.ok)
    return t.formatMessage(
      { id: 'errors.library.conflictRefused' },
      { file, problem: describeReadProblem(t, current.problem) },
    )
  return t.formatMessage({ id: 'errors.library.conflictChanged' }, { file })
}
