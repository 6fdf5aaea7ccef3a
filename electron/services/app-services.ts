import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { EventName, FacilitatorEvents } from '@common/api/contract'
import { fail, succeed } from '@common/api/result'
import type { ApiHandlers } from '@common/api/dispatch'
import { createRunChangeSender } from '@common/api/run-types'
import { loadBuiltinWorkshops } from './library/builtin-workshops'
import { watchFolder } from './library/folder-watcher'
import { LibraryFolder } from './library/library-folder'
import { LibraryIndex } from './library/library-index'
import { FirstScreenStore } from './app-pages/first-screen-store'
import { LibraryService } from './library/library-service'
import { publishSchema } from './library/publish-schema'
import { pictureHandlers } from './images/picture-handlers'
import { PictureStore } from './images/picture-store'
import type { OsPorts } from './os-ports'
import { RoomService } from './room/room-service'
import { DisplayService } from './display/display-service'
import { exportAgenda, exportRunReport, exportWorkshopReport } from './agenda/export-agenda'
import { exportDebrief } from './handouts/export-debrief'
import { exportHandout } from './handouts/export-handout'
import { warmUpHandoutsLater } from './handouts/warm-up'
import { createSystemClock, type Clock } from './run/clock'
import { RunService } from './run/run-service'
import { RosterService } from './roster/roster-service'
import { SessionService } from './session/session-service'
import { readSessionFolder } from './session/session-files'
import { summariseSessions } from '@common/domain/session/across-sessions'
import { compareWithEarlier } from '@common/domain/session/compare-sessions'
import type { WorkshopRef } from '@common/api/contract'
import type { Logger } from './logger'
import { SettingsStore } from './settings/settings-store'
import { removeLeftoverTempFiles } from './storage/leftover-temp-files'
import { describeSetAside, Storage } from './storage/storage'
import { lanAddresses } from './lan/lan-addresses'
import { lanHandlers } from './lan/lan-handlers'
import { LanService } from './lan/lan-service'
import { defaultLanLimits, type LanLimits } from './lan/lan-limits'
import { VoteJournal } from './lan/vote-journal'
import { compileMessages } from '@common/i18n/compile-messages'
import { pickLanguage, type MessageLanguage } from '@common/i18n/locales'
import type { AppPreferences } from '@common/api/contract'

/** Sends an event to every window. */
export type Emit = <E extends EventName>(event: E, payload: FacilitatorEvents[E]) => void

export interface AppServicesOptions {
  /** The app's `resources/` folder. */
  resourcesDir: string
  /** Where settings and other app state live. */
  userDataDir: string
  /** The library folder used until the user picks another. */
  defaultLibraryDir: string
  /** The running app's version: the library index of another version is not trusted. */
  appVersion: string
  os: OsPorts
  emit: Emit
  /** Where problems that fail no call are reported. */
  log: Logger
  /** The clock for sessions; tests pass one they can move forward. */
  clock?: Clock
  /**
   * When to print a first handout in the background, in milliseconds after start, so the
   * facilitator's first export is not the slow one. Absent: never (the tests start many apps).
   */
  warmUpHandoutsAfterMs?: number
  /** The built renderer folder with the phone page; the bundled main's own by default. */
  phonePagesDir?: string
  /** The addresses the room's network reaches this computer at; the machine's own by default. */
  lanAddresses?: () => string[]
  /**
   * The user's languages as the system lists them, most preferred first: the app speaks the first
   * it can until the facilitator chooses. English when absent.
   */
  systemLanguages?: readonly string[]
  /** The room's network's limits where they differ from the app's (tests reach them with few pages). */
  lanLimits?: Partial<LanLimits>
}

/** The running services, and the handlers that the dispatch binds to calls. */
export interface AppServices {
  handlers: ApiHandlers
  /** Finishes every pending write; call before quitting. */
  flush(): Promise<void>
  /** The files whose writes have not finished, for the log when quitting cannot wait longer. */
  unfinishedWrites(): string[]
  /** Puts the room display on the display it belongs on (after the windows exist). */
  placeRoomDisplay(): void
  /** Stops watching folders and timers. */
  dispose(): void
  /**
   * What the user should know about this start: files that could not be read and were set aside
   * so the app could start. Empty on a normal start.
   */
  startupNotices: string[]
  /** True while a session is running or paused: closing the app then asks first. */
  hasActiveSession(): boolean
  /** The app's language now: the menu and the dialogs speak it. */
  appLanguage(): MessageLanguage
  /** Serves the console's page with the library screen its last start kept (`appPageResponse`). */
  firstScreen: { serve(page: string, forConsole: boolean): string }
}

/**
 * The composition root of the main process's work, free of Electron: the main process and the
 * end-to-end tests both build the app with this, so the tests run the real thing.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { log } = options
  const storage = new Storage()
  const settings = await SettingsStore.open(
    storage,
    options.userDataDir,
    options.systemLanguages ?? [],
  )
  const t = () => settings.translator()
  const builtins = await loadBuiltinWorkshops(join(options.resourcesDir, 'workshops'))
  const fontsFolder = join(options.resourcesDir, 'fonts')
  const room = new RoomService((view) => {
    options.emit('roomChanged', view)
    lan.followRoom(view)
  })
  const clock = options.clock ?? createSystemClock()
  const toRunChange = createRunChangeSender()
  // Sessions live beside the workshops they record, in the library's sessions folder.
  const sessions = new SessionService(
    storage,
    () => join(library.folderPath, 'sessions'),
    clock,
    options.os,
    log,
    t,
  )
  const run = await RunService.open(
    storage,
    options.userDataDir,
    clock,
    (snapshot) => {
      options.emit('runChanged', toRunChange(snapshot))
      void sessions.followRun(snapshot)
      lan.followRun(snapshot)
    },
    t,
  )
  run.resumeTimers()
  /** The readable session records of one workshop (its file or built-in id). */
  const readSessionsOf = async (ref: WorkshopRef) => {
    const records = await readSessionFolder(join(library.folderPath, 'sessions'), t)
    const key = JSON.stringify(ref)
    // A record that cannot be read is listed on the sessions screen; here it counts for nothing.
    return records.flatMap(({ read }) =>
      read.ok && JSON.stringify(read.value.workshopRef) === key ? [read.value] : [],
    )
  }
  const roster = new RosterService(
    sessions,
    () => run.snapshot.state,
    (current) => options.emit('rosterChanged', current),
    t,
  )
  const displays = new DisplayService(options.os.displays, settings, (setup) =>
    options.emit('displaysChanged', setup),
  )
  const lan: LanService = new LanService({
    addresses: options.lanAddresses ?? (() => lanAddresses(networkInterfaces())),
    pagesDir: options.phonePagesDir ?? join(import.meta.dirname, '../renderer'),
    run,
    room: () => room.current,
    messagePresets: () => [...settings.current.messagePresets],
    announce: (status) => options.emit('lanChanged', status),
    log,
    now: () => clock.now(),
    record: (text, tag) => sessions.addNote(run.snapshot.state, text, tag),
    limits: { ...defaultLanLimits, ...options.lanLimits },
    voteJournal: new VoteJournal(storage.journal(join(options.userDataDir, 'lan-vote.jsonl'))),
    t,
  })
  await lan.resumeVote()
  const systemLanguage = pickLanguage(options.systemLanguages ?? [])
  const preferences = (): AppPreferences => ({
    soundVolume: settings.current.soundVolume,
    muted: settings.current.muted,
    messagePresets: [...settings.current.messagePresets],
    appLanguage: settings.current.appLanguage,
    systemLanguage,
  })

  const folderPath = () => settings.current.libraryFolder ?? options.defaultLibraryDir
  const index = await LibraryIndex.load(storage, options.userDataDir, options.appVersion)
  const firstScreen = await FirstScreenStore.load(storage, options.userDataDir)
  const initialFolder = new LibraryFolder(folderPath(), index)
  await initialFolder.ensureExists().catch((error: unknown) => {
    // The listing says what is wrong with the folder; the start goes on without it.
    log.warn(`The library folder ${initialFolder.path} could not be created`, error)
  })
  await publishSchema(options.resourcesDir, initialFolder.path, log)
  // Writes cut short by a crash leave temp files in every folder the app writes to.
  await Promise.all(
    [
      options.userDataDir,
      initialFolder.path,
      join(initialFolder.path, 'sessions'),
      join(initialFolder.path, 'pictures'),
    ].map((folder) => removeLeftoverTempFiles(folder)),
  )

  const announceLibrary = async () => {
    const listing = await library.list()
    if (listing.ok) options.emit('libraryChanged', listing.value)
  }
  // Pictures live in the library folder, whichever folder that is now.
  const pictures = new PictureStore((): string => library.folderPath, t)
  const library = new LibraryService(
    initialFolder,
    builtins,
    storage,
    options.os,
    () => void announceLibrary(),
    pictures,
    t,
  )
  let stopWatching = watchFolder(initialFolder.path, () => void announceLibrary())

  const handlers: ApiHandlers = {
    listLibrary: () => library.list(),
    openWorkshop: async ({ ref }) => {
      const opened = await library.open(ref)
      // The room is left alone: what the projector shows is the facilitator's choice, never a
      // side effect of browsing the library (see showOnRoom and startRun).
      if (opened.ok) {
        // The recent list is a convenience: failing to save it (a full disk) must not fail the open.
        await settings.update((s) => {
          s.recent = [
            ref,
            ...s.recent.filter((r) => JSON.stringify(r) !== JSON.stringify(ref)),
          ].slice(0, 10)
        })
      }
      return opened
    },
    createWorkshop: ({ title }) => library.create(title),
    duplicateWorkshop: ({ ref }) => library.duplicate(ref),
    renameWorkshop: ({ ref, title }) => library.rename(ref, title),
    saveWorkshop: ({ ref, workshop, baseRevision, overwrite }) =>
      library.save(ref, workshop, baseRevision, overwrite),
    deleteWorkshop: ({ ref }) => library.remove(ref),
    importWorkshop: () => library.import(),
    importDroppedFile: ({ fileName, base64 }) =>
      library.importDropped(fileName, Buffer.from(base64, 'base64')),
    addImportedWorkshop: ({ workshop }) => library.addImported(workshop),
    exportAgenda: async ({ ref, format, date, start, place }) => {
      const opened = await library.open(ref)
      if (!opened.ok) return opened
      return exportAgenda(
        options.os,
        t,
        opened.value.workshop,
        format,
        { date, start, place },
        clock.now(),
      )
    },
    exportRunReport: async ({ fileName, format }) => {
      const session = await sessions.open(fileName)
      if (!session.ok) return session
      return exportRunReport(options.os, t, session.value, format)
    },
    exportWorkshop: ({ ref }) => library.export(ref),
    exportHandout: async ({ ref, options: handout, openAfter }) => {
      const opened = await library.open(ref)
      if (!opened.ok) return opened
      return exportHandout(opened.value.workshop, handout, openAfter, fontsFolder, options.os, t)
    },
    restoreBackup: ({ fileName }) => library.restoreBackup(fileName),
    chooseLibraryFolder: async () => {
      const chosen = await options.os.chooseFolder({
        title: t().formatMessage({ id: 'dialog.chooseLibraryFolder' }),
      })
      if (chosen === null) return library.list()
      const folder = new LibraryFolder(chosen, index)
      await settings.update((s) => {
        s.libraryFolder = chosen
      })
      library.useFolder(folder)
      await publishSchema(options.resourcesDir, folder.path, log)
      stopWatching()
      stopWatching = watchFolder(folder.path, () => void announceLibrary())
      const listing = await library.list()
      if (listing.ok) options.emit('libraryChanged', listing.value)
      return listing
    },
    getRoomView: () => Promise.resolve(succeed(room.current)),
    startRun: async ({ ref, replace }) => {
      const opened = await library.open(ref)
      if (!opened.ok) return opened
      room.showWorkshop(opened.value.workshop)
      const started = await run.start(ref, opened.value.workshop, replace)
      // Every new session has new links: last session's cannot reach this one.
      if (started.ok) await lan.renew()
      return started
    },
    getRun: () => Promise.resolve(succeed(run.snapshot)),
    runCommand: ({ command }) => run.command(command),
    resolveRestore: async ({ resume }) => {
      const result = await run.resolveRestore(resume)
      run.resumeTimers()
      return result
    },
    closeRun: async () => {
      const closed = await run.close()
      // Leaving the session closes it to the network: every link dies with it.
      await lan.close()
      // Once the session is left, the room no longer shows its workshop.
      room.showWaiting()
      return closed
    },
    setSessionDetails: (details) => Promise.resolve(sessions.setDetails(details)),
    getLiveNotes: () =>
      Promise.resolve(
        succeed({
          fileName: sessions.liveFileName,
          details: sessions.details,
          notes: sessions.liveNotes,
        }),
      ),
    addNote: ({ text, tag }) => sessions.addNote(run.snapshot.state, text, tag),
    updateNote: ({ sessionFile, noteId, text, tag }) =>
      sessions.updateNote(sessionFile, noteId, text, tag),
    deleteNote: ({ sessionFile, noteId }) => sessions.deleteNote(sessionFile, noteId),
    listSessions: async () => succeed(await sessions.list()),
    openSession: ({ fileName }) => sessions.open(fileName),
    deleteSession: ({ fileName }) => sessions.remove(fileName),
    getWorkshopHistory: async ({ ref }) =>
      succeed(summariseSessions(await readSessionsOf(ref))[0] ?? null),
    compareSession: async ({ fileName }) => {
      const session = await sessions.open(fileName)
      if (!session.ok) return session
      const earlier = await readSessionsOf(session.value.workshopRef)
      return succeed(compareWithEarlier(session.value, earlier))
    },
    exportWorkshopReport: async ({ ref, format }) => {
      const history = summariseSessions(await readSessionsOf(ref))
      if (history.length === 0)
        return fail('not-found', t().formatMessage({ id: 'errors.sessions.noneStarted' }))
      return exportWorkshopReport(options.os, t, history, format)
    },
    exportDebrief: async ({ fileName, format, paper, openAfter }) => {
      const session = await sessions.open(fileName)
      if (!session.ok) return session
      return exportDebrief(session.value, { format, paper, openAfter }, fontsFolder, options.os, t)
    },
    getPreferences: () => Promise.resolve(succeed(preferences())),
    getMessages: ({ language }) => Promise.resolve(succeed(compileMessages(language))),
    keepFirstScreen: ({ html }) => Promise.resolve(firstScreen.keep(html)),
    updatePreferences: async (change) => {
      const saved = await settings.update((s) => {
        if (change.soundVolume !== undefined) s.soundVolume = change.soundVolume
        if (change.muted !== undefined) s.muted = change.muted
        if (change.messagePresets !== undefined) s.messagePresets = change.messagePresets
        if (change.appLanguage !== undefined) s.appLanguage = change.appLanguage
      })
      options.emit('preferencesChanged', preferences())
      if (!saved.ok) return saved
      return succeed(preferences())
    },
    testSound: () => {
      options.emit('soundTestRequested', null)
      return Promise.resolve(succeed(null))
    },
    listDisplays: () => Promise.resolve(succeed(displays.setup)),
    setRoomDisplay: async ({ displayId }) => succeed(await displays.chooseRoomDisplay(displayId)),
    identifyDisplays: () => {
      displays.identify()
      return Promise.resolve(succeed(null))
    },
    toggleRoomFullscreen: () => {
      options.os.displays.toggleRoomFullscreen()
      return Promise.resolve(succeed(null))
    },
    setRehearsal: ({ on }) => Promise.resolve(succeed(displays.setRehearsal(on))),
    showRoomWindow: () => Promise.resolve(succeed(displays.showRoomWindow())),
    showOnRoom: async ({ ref }) => {
      if (ref === null) {
        room.showWaiting()
        return succeed(room.current)
      }
      const opened = await library.open(ref)
      if (!opened.ok) return opened
      room.showWorkshop(opened.value.workshop)
      return succeed(room.current)
    },
    ...pictureHandlers(pictures, options.os, t),
    getRoster: () => Promise.resolve(succeed(roster.view)),
    arrangeGroups: ({ people, rules, seed }) => roster.arrange(people, rules, seed),
    changeRoster: ({ change }) => roster.change(change),
    clearRoster: ({ fileName }) => roster.clear(fileName),
    showGroups: ({ exerciseId }) => Promise.resolve(roster.show(exerciseId)),
    countNamedPacks: ({ paper, largePrint }) =>
      roster.countNamedPacks({ paper, largePrint }, fontsFolder),
    exportGroups: ({ kind, paper, largePrint, openAfter }) =>
      roster.print(
        kind,
        { paper, largePrint: largePrint ?? false, openAfter },
        fontsFolder,
        options.os,
      ),
    ...lanHandlers(lan),
  }

  const builtin = builtins[0]
  const cancelWarmUp =
    options.warmUpHandoutsAfterMs === undefined || builtin === undefined
      ? () => undefined
      : warmUpHandoutsLater(builtin.workshop, fontsFolder, options.warmUpHandoutsAfterMs, log)

  for (const file of storage.setAside) {
    log.warn(`Set aside unreadable ${file.path} as ${file.keptAs ?? '(not moved)'}`, file.error)
  }
  const startupNotices = storage.setAside.flatMap((file) =>
    file.what === undefined ? [] : [describeSetAside({ ...file, what: file.what })],
  )

  return {
    handlers,
    flush: async () => {
      await lan.close()
      await sessions.flush()
      await storage.flush()
    },
    unfinishedWrites: () => storage.unfinishedWrites(),
    placeRoomDisplay: () => void displays.place(),
    dispose: () => {
      cancelWarmUp()
      stopWatching()
      run.dispose()
      sessions.dispose()
      displays.dispose()
      lan.close().catch((error: unknown) => log.warn('The network server did not close', error))
    },
    startupNotices,
    appLanguage: () => settings.appLanguage(),
    firstScreen,
    hasActiveSession: () => {
      const status = run.snapshot.state?.status
      return status === 'running' || status === 'paused'
    },
  }
}
