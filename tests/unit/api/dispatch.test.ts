import { createDispatch, type ApiHandlers } from '@common/api/dispatch'
import { succeed } from '@common/api/result'
import { apiCallNames } from '@common/api/schemas'

function handlersRecording(calls: string[]): ApiHandlers {
  return Object.fromEntries(
    apiCallNames.map((name) => [
      name,
      (arg: unknown) => {
        calls.push(`${name} ${JSON.stringify(arg)}`)
        return Promise.resolve(succeed({ echoed: arg }))
      },
    ]),
  ) as unknown as ApiHandlers
}

describe('createDispatch', () => {
  const trusted = 'app://page'
  const isTrusted = (url: string) => url === trusted

  it('runs the handler with the parsed argument for a trusted sender', async () => {
    const calls: string[] = []
    const dispatch = createDispatch(handlersRecording(calls), isTrusted)
    const result = await dispatch({
      name: 'renameWorkshop',
      arg: { ref: { source: 'library', fileName: 'a.workshop.json' }, title: '  Day 2  ' },
      senderUrl: trusted,
    })
    expect(result.ok).toBe(true)
    expect(calls).toEqual([
      'renameWorkshop {"ref":{"source":"library","fileName":"a.workshop.json"},"title":"Day 2"}',
    ])
  })

  it('drops unknown senders before looking at the call', async () => {
    const calls: string[] = []
    const dispatch = createDispatch(handlersRecording(calls), isTrusted)
    const result = await dispatch({
      name: 'listLibrary',
      arg: {},
      senderUrl: 'https://evil.example/',
    })
    expect(result).toMatchObject({ ok: false, code: 'untrusted-sender' })
    expect(calls).toEqual([])
  })

  it('refuses unknown calls, including inherited object keys', async () => {
    const dispatch = createDispatch(handlersRecording([]), isTrusted)
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch({ name, arg: {}, senderUrl: trusted })).toMatchObject({
        ok: false,
        code: 'unknown-call',
      })
    }
  })

  it('refuses a bad argument with a message naming the call and the field', async () => {
    const calls: string[] = []
    const dispatch = createDispatch(handlersRecording(calls), isTrusted)
    const result = await dispatch({
      name: 'createWorkshop',
      arg: { title: 42 },
      senderUrl: trusted,
    })
    expect(result).toMatchObject({ ok: false, code: 'invalid-argument' })
    expect(result.ok ? '' : result.message).toMatch(
      /^createWorkshop: title: expected a title as text/,
    )
    const extra = await dispatch({ name: 'listLibrary', arg: { path: '/etc' }, senderUrl: trusted })
    expect(extra).toMatchObject({ ok: false, code: 'invalid-argument' })
    expect(calls).toEqual([])
  })

  it('turns a handler that throws into a failure value instead of a rejected promise', async () => {
    const handlers = handlersRecording([])
    handlers.listLibrary = () => Promise.reject(new Error('disk on fire'))
    const dispatch = createDispatch(handlers, isTrusted)
    expect(await dispatch({ name: 'listLibrary', arg: {}, senderUrl: trusted })).toMatchObject({
      ok: false,
      code: 'io-error',
      message: expect.stringContaining('disk on fire'),
    })
  })
})
