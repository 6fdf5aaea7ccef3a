/**
 * True for a message about a workshop file as a whole (not JSON, not a workshop), which reads as a
 * sentence; false for the field-by-field lines of a workshop with bad fields. Kept apart from the
 * parser so the console's library can tell the two without loading the validation library.
 */
export function describesWholeFile(message: string): boolean {
  return message.startsWith('This ')
}
