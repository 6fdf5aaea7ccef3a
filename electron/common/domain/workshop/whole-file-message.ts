/**
 * True for an English message about a workshop file as a whole (not JSON, not a workshop), which
 * reads as a sentence; false for the field-by-field lines of a workshop with bad fields. For the
 * messages the library's index keeps, which are English; a fresh read says it by its problem's
 * kind (`isWholeFileProblem`), whatever the language.
 */
export function describesWholeFile(message: string): boolean {
  return message.startsWith('This ')
}
