/**
 * The address of a workshop picture, by its content reference, for an `<img>`; null while it is
 * loading or when it cannot be shown (the room then shows the picture's description instead).
 */
export function useWorkshopImage(ref: string | null): string | null {
  // Pictures are not served yet; every caller already handles null.
  void ref
  return null
}
