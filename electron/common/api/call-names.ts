import type { ApiCallName } from './contract'

// A record keyed by every call, so a call added to the contract but not here fails to
// type-check. It is plain data on purpose: the preload needs the names and nothing else, so it
// stays free of the schemas (and of zod).
const everyCall: Record<ApiCallName, true> = {
  listLibrary: true,
  openWorkshop: true,
  createWorkshop: true,
  duplicateWorkshop: true,
  renameWorkshop: true,
  saveWorkshop: true,
  deleteWorkshop: true,
  importWorkshop: true,
  exportWorkshop: true,
  exportHandout: true,
  restoreBackup: true,
  chooseLibraryFolder: true,
  getRoomView: true,
  startRun: true,
  getRun: true,
  runCommand: true,
  resolveRestore: true,
  closeRun: true,
  setSessionDetails: true,
  getLiveNotes: true,
  addNote: true,
  updateNote: true,
  deleteNote: true,
  listSessions: true,
  openSession: true,
  deleteSession: true,
  exportDebrief: true,
  getPreferences: true,
  updatePreferences: true,
  testSound: true,
  listDisplays: true,
  setRoomDisplay: true,
  identifyDisplays: true,
  toggleRoomFullscreen: true,
  setRehearsal: true,
  showRoomWindow: true,
  showOnRoom: true,
  // Pictures on phases.
  choosePicture: true,
  readPicture: true,
  // Roster, groups and roles.
  getRoster: true,
  arrangeGroups: true,
  changeRoster: true,
  clearRoster: true,
  showGroups: true,
  countNamedPacks: true,
  exportGroups: true,
  // The room on the local network.
  getLanStatus: true,
  setLanOpen: true,
  renewLanLinks: true,
  checkLanReach: true,
  setParticipantInputs: true,
  moderateInput: true,
  openVote: true,
  closeVote: true,
  showVoteOnRoom: true,
  showJoinOnRoom: true,
}

/** The names of every bridge call. */
export const apiCallNames = Object.keys(everyCall) as ApiCallName[]
