import { useEffect, useState } from 'react'
import { bridge } from './bridge'

// Picture addresses by reference, shared by every component and window-lifetime: a reference
// names the picture's content, so what it reads never changes. Only successes are kept; a picture
// that could not be read (not in this library yet) is asked for again by the next component.
const loaded = new Map<string, string>()
const pending = new Map<string, Promise<string | null>>()

function load(ref: string): Promise<string | null> {
  const known = pending.get(ref)
  if (known !== undefined) return known
  const request = bridge.readPicture({ ref }).then(
    (result) => {
      pending.delete(ref)
      if (!result.ok) return null
      // A data: URL shown through <img>: an SVG drawn this way never runs its scripts or loads
      // anything, and the page's CSP already allows data: images.
      const url = `data:${result.value.mimeType};base64,${result.value.base64}`
      loaded.set(ref, url)
      return url
    },
    (error: unknown) => {
      pending.delete(ref)
      console.warn(`Could not read picture ${ref}`, error)
      return null
    },
  )
  pending.set(ref, request)
  return request
}

/**
 * The address of a workshop picture, by its content reference, for an `<img>`; null while it is
 * loading or when it cannot be shown (the room then shows the picture's description instead).
 */
export function useWorkshopImage(ref: string | null): string | null {
  const [answer, setAnswer] = useState<{ ref: string; url: string | null } | null>(null)
  useEffect(() => {
    if (ref === null || loaded.has(ref)) return
    let current = true
    void load(ref).then((url) => {
      if (current) setAnswer({ ref, url })
    })
    return () => {
      current = false
    }
  }, [ref])
  if (ref === null) return null
  const cached = loaded.get(ref)
  if (cached !== undefined) return cached
  return answer?.ref === ref ? answer.url : null
}
