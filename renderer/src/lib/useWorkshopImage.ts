/**
 * The address of a workshop picture, by its content reference, for an `<img>`; null while it is
 * loading or when it cannot be shown (the room then shows the picture's description instead).
 * Pictures are not served yet, so every reference gives null for now.
 */
export function useWorkshopImage(ref: string | null): string | null {
  return ref === null ? null : null
}
