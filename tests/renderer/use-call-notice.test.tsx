// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { fail, succeed, type Result } from '@common/api/result'
import type { ReactNode } from 'react'
import { useCallNotice } from '../../renderer/src/lib/useCallNotice'
import { IntlFor } from '../support/with-intl'

function later<T>(): { promise: Promise<Result<T>>; answer: (result: Result<T>) => void } {
  let answer: (result: Result<T>) => void = () => undefined
  const promise = new Promise<Result<T>>((resolve) => {
    answer = resolve
  })
  return { promise, answer }
}

function InGerman({ children }: { children: ReactNode }) {
  return <IntlFor language="de">{children}</IntlFor>
}

describe('useCallNotice', () => {
  it('shows a failure, clears it on the next success, and says nothing of a closed dialog', async () => {
    const { result } = renderHook(() => useCallNotice(), { wrapper: IntlFor })
    await act(() => result.current.call(Promise.resolve(fail('io-error', 'The disk is full.'))))
    expect(result.current.notice).toEqual({ tone: 'error', text: 'The disk is full.' })
    await act(() => result.current.call(Promise.resolve(succeed(1))))
    expect(result.current.notice).toBeNull()
    await act(() => result.current.call(Promise.resolve(fail('cancelled', 'Export cancelled.'))))
    expect(result.current.notice).toBeNull()
  })

  it('says so when the app did not answer at all', async () => {
    const { result } = renderHook(() => useCallNotice(), { wrapper: IntlFor })
    await act(() => result.current.call(Promise.reject(new Error('channel closed'))))
    expect(result.current.notice?.text).toBe('The app did not answer: channel closed')
  })

  it('says it in the console’s language', async () => {
    const { result } = renderHook(() => useCallNotice(), { wrapper: InGerman })
    await act(() => result.current.call(Promise.reject(new Error('channel closed'))))
    expect(result.current.notice?.text).toBe('Die App hat nicht geantwortet: channel closed')
  })

  it('uses only the latest of the answers that decide what is shown', async () => {
    const { result } = renderHook(() => useCallNotice(), { wrapper: IntlFor })
    const first = later<string>()
    const second = later<string>()
    const shown: string[] = []
    act(() => {
      void result.current.callLatest(first.promise, (value) => shown.push(value))
      void result.current.callLatest(second.promise, (value) => shown.push(value))
    })
    await act(async () => {
      second.answer(succeed('B'))
      first.answer(fail('io-error', 'A could not be read.'))
      await Promise.resolve()
    })
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(shown).toEqual(['B'])
    expect(result.current.notice).toBeNull()
  })
})
