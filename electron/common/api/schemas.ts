import { z } from 'zod'
import { runCommandSchema } from '../domain/run/commands'
import { handoutOptionsSchema } from '../handouts/options'
import { noteTagSchema } from '../domain/session/session'
import { messagePresetsSchema } from './message-presets'
import { requiredText } from '../domain/visible-text'
import { sessionFileNameSchema } from './session-types'
import { imageRefSchema, workshopSchema } from '../domain/workshop/schema'
import type { ApiCallName, ArgumentOf } from './contract'
import { agendaFormats, workshopFileNameSchema, workshopRefSchema } from './library-types'
import { rosterCallSchemas } from './roster-schemas'
import { lanSchemas } from '../lan/lan-schemas'
import { languages, pseudoLanguage } from '../i18n/locales'

const noteText = z
  .string({ error: 'expected a note as text' })
  .trim()
  .min(1, { error: 'expected a note, got an empty text' })
  .max(4000, { error: 'expected a note of at most 4000 characters' })
const noArgument = z.strictObject({}, { error: 'expected an empty object' })
/** The console's library screen as markup: a few kilobytes for a large library. */
export const KEPT_FIRST_SCREEN_MAX_CHARS = 1_000_000
const ref = z.strictObject({ ref: workshopRefSchema })
const title = requiredText('a title', 160)

/**
 * One schema per bridge call, checked against {@link FacilitatorApi} at compile time: a call
 * without a schema, or a schema whose output is not the call's argument type, fails to type-check.
 */
export const apiSchemas: { [K in ApiCallName]: z.ZodType<ArgumentOf<K>> } = {
  listLibrary: noArgument,
  openWorkshop: ref,
  createWorkshop: z.strictObject({ title }),
  duplicateWorkshop: ref,
  renameWorkshop: z.strictObject({ ref: workshopRefSchema, title }),
  saveWorkshop: z.strictObject({
    ref: workshopRefSchema,
    workshop: workshopSchema,
    baseRevision: z.string().max(64),
    overwrite: z.boolean(),
  }),
  deleteWorkshop: ref,
  importWorkshop: noArgument,
  importDroppedFile: z.strictObject({
    fileName: z.string().min(1).max(255),
    // A sheet of up to 10 MB, as base64.
    base64: z
      .string()
      .max(14 * 1024 * 1024, { error: 'expected a file of at most 10 MB' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'expected the file as base64 text' }),
  }),
  addImportedWorkshop: z.strictObject({ workshop: workshopSchema }),
  exportAgenda: z.strictObject({
    ref: workshopRefSchema,
    format: z.enum(agendaFormats),
    date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
        error: 'expected a date as YYYY-MM-DD',
      })
      .nullable(),
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM (24-hour)' })
      .nullable(),
    place: z.string().trim().max(200),
  }),
  exportRunReport: z.strictObject({
    fileName: sessionFileNameSchema,
    format: z.enum(['csv', 'xlsx']),
  }),
  exportWorkshop: ref,
  exportHandout: z.strictObject({
    ref: workshopRefSchema,
    options: handoutOptionsSchema,
    openAfter: z.boolean(),
  }),
  restoreBackup: z.strictObject({ fileName: workshopFileNameSchema }),
  chooseLibraryFolder: noArgument,
  getRoomView: noArgument,
  startRun: z.strictObject({ ref: workshopRefSchema, replace: z.boolean() }),
  getRun: noArgument,
  runCommand: z.strictObject({ command: runCommandSchema }),
  resolveRestore: z.strictObject({ resume: z.boolean() }),
  closeRun: noArgument,
  setSessionDetails: z.strictObject({
    place: z.string().trim().max(200),
    facilitator: z.string().trim().max(200),
    participantCount: z.number().int().min(0).max(10_000).nullable(),
  }),
  getLiveNotes: noArgument,
  addNote: z.strictObject({ text: noteText, tag: noteTagSchema.nullable() }),
  updateNote: z.strictObject({
    sessionFile: sessionFileNameSchema.nullable(),
    noteId: z.string().min(1).max(64),
    text: noteText,
    tag: noteTagSchema.nullable(),
  }),
  deleteNote: z.strictObject({
    sessionFile: sessionFileNameSchema.nullable(),
    noteId: z.string().min(1).max(64),
  }),
  listSessions: noArgument,
  openSession: z.strictObject({ fileName: sessionFileNameSchema }),
  deleteSession: z.strictObject({ fileName: sessionFileNameSchema }),
  getWorkshopHistory: ref,
  compareSession: z.strictObject({ fileName: sessionFileNameSchema }),
  exportWorkshopReport: z.strictObject({
    ref: workshopRefSchema,
    format: z.enum(['csv', 'xlsx']),
  }),
  exportDebrief: z.strictObject({
    fileName: sessionFileNameSchema,
    format: z.enum(['pdf', 'markdown']),
    paper: z.enum(['a4', 'letter']),
    openAfter: z.boolean(),
  }),
  getPreferences: noArgument,
  updatePreferences: z.strictObject({
    soundVolume: z.number().min(0).max(1).optional(),
    muted: z.boolean().optional(),
    messagePresets: messagePresetsSchema.optional(),
    appLanguage: z.enum(['system', ...languages, pseudoLanguage]).optional(),
  }),
  getMessages: z.strictObject({
    language: z.enum([...languages, pseudoLanguage]),
  }),
  keepFirstScreen: z.strictObject({
    html: z.string().max(KEPT_FIRST_SCREEN_MAX_CHARS).nullable(),
  }),
  testSound: noArgument,
  listDisplays: noArgument,
  setRoomDisplay: z.strictObject({ displayId: z.number().int().nullable() }),
  identifyDisplays: noArgument,
  toggleRoomFullscreen: noArgument,
  setRehearsal: z.strictObject({ on: z.boolean() }),
  showRoomWindow: noArgument,
  showOnRoom: z.strictObject({ ref: workshopRefSchema.nullable() }),
  // Pictures on phases.
  choosePicture: noArgument,
  readPicture: z.strictObject({ ref: imageRefSchema }),
  ...rosterCallSchemas,
  ...lanSchemas,
}

export { apiCallNames } from './call-names'
