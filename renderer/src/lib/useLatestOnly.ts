import { useCallback, useRef } from 'react'

/**
 * For answers that decide what the screen shows next: only the answer to the latest request is
 * used, whatever order the answers arrive in. Opening workshop A and then B must show B, even
 * when A's file is slower to read.
 */
export function useLatestOnly(): <T>(request: Promise<T>, use: (answer: T) => void) => void {
  const latest = useRef(0)
  return useCallback(<T>(request: Promise<T>, use: (answer: T) => void) => {
    latest.current += 1
    const asked = latest.current
    void request.then((answer) => {
      // A newer request was made meanwhile: its answer is the one the facilitator is waiting for.
      if (asked === latest.current) use(answer)
    })
  }, [])
}
