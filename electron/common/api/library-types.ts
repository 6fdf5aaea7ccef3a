import { z } from 'zod'
import type { Workshop } from '../domain/workshop/schema'

/** File names the library accepts: a plain name, no folders, ending in `.workshop.json`. */
export const workshopFileNameSchema = z
  .string({ error: 'expected a file name as text' })
  .max(200, { error: 'expected a file name of at most 200 characters' })
  .regex(/^(?!\.)[^/\\:*?"<>|\p{Cc}]+\.workshop\.json$/u, {
    error: 'expected a plain file name ending in .workshop.json (no folders)',
  })

/** Which workshop a call is about: one shipped with the app, or one file in the library folder. */
export const workshopRefSchema = z.discriminatedUnion(
  'source',
  [
    z.strictObject({
      source: z.literal('builtin'),
      id: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: 'expected a built-in workshop id' }),
    }),
    z.strictObject({ source: z.literal('library'), fileName: workshopFileNameSchema }),
  ],
  { error: 'expected a workshop reference with source "builtin" or "library"' },
)
export type WorkshopRef = z.infer<typeof workshopRefSchema>

/** One readable workshop in the library listing. */
export interface WorkshopSummary {
  ref: WorkshopRef
  title: string
  /** The original's title when this workshop is a copy, to tell the two apart in the library. */
  copyOf: string | null
  /** Built-in workshops cannot be edited in place; "Duplicate to edit" copies them. */
  readOnly: boolean
  exerciseCount: number
  totalMinutes: number
  /** Milliseconds since the epoch; null for built-in workshops. */
  modifiedAt: number | null
  /** A fingerprint of the file's content, to notice changes made outside the app. */
  revision: string
}

/** A library file that could not be read, with a message naming the file and the field. */
export interface BrokenWorkshopFile {
  fileName: string
  /** What is wrong with it, in the app's language. */
  message: string
  /** True when the message is one sentence about the whole file, false for lines naming fields. */
  wholeFile: boolean
  /** True when a previous good version exists and can be restored. */
  hasBackup: boolean
}

/** Everything the library screen shows. */
export interface LibraryListing {
  folder: string
  workshops: WorkshopSummary[]
  broken: BrokenWorkshopFile[]
  /**
   * True when the library folder is not there: deleted, or on a drive that was removed. Its
   * workshops are not lost, only out of reach, and the screen says so rather than showing none.
   */
  folderMissing: boolean
}

/** A workshop opened for viewing or editing. */
export interface OpenedWorkshop {
  ref: WorkshopRef
  workshop: Workshop
  readOnly: boolean
  /** The content fingerprint this copy was read at; saves compare it to what is on disk. */
  revision: string
}

/**
 * A spreadsheet or CSV file chosen or dropped to import, its cells as text: the mapping step and
 * its preview are worked out from these in the console, and nothing is written until the
 * facilitator confirms.
 */
export interface AgendaSheet {
  fileName: string
  cells: string[][]
}

/** What Import found in the chosen file: a workshop, now in the library, or a sheet to map. */
export type ImportedFile =
  { kind: 'workshop'; opened: OpenedWorkshop } | { kind: 'sheet'; sheet: AgendaSheet }

/** The files an agenda is written as: a spreadsheet, CSV, Markdown or a calendar. */
export const agendaFormats = ['xlsx', 'csv', 'md', 'ics'] as const
export type AgendaFormat = (typeof agendaFormats)[number]

/** Where an export was written, and how many pictures went with the workshop. */
export interface ExportedWorkshop {
  path: string
  /** Pictures whose bytes the export holds. */
  pictures: number
  /** Pictures the workshop names that this library does not hold; the export names them only. */
  missingPictures: number
}

/** A picture just added to the library's store, for the editor to put on a phase. */
export interface ChosenPicture {
  /** The picture's content reference, as a phase's `image.ref`. */
  ref: string
  /** The chosen file's name, to say what was added. */
  fileName: string
}

/** A stored picture's bytes, for display through a data: URL. */
export interface PictureData {
  ref: string
  mimeType: string
  base64: string
}
