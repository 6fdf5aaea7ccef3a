import { formatIssues } from '../domain/validation-message'
import type { ApiCallName, ArgumentOf, ValueOf } from './contract'
import { fail, type Result } from './result'
import { apiSchemas } from './schemas'

/** The functions that carry out each call, given an argument that has passed validation. */
export type ApiHandlers = {
  [K in ApiCallName]: (arg: ArgumentOf<K>) => Promise<Result<ValueOf<K>>>
}

/** One call as it arrives from a window, before anything about it is trusted. */
export interface IncomingCall {
  name: string
  arg: unknown
  /** The URL of the page that made the call. */
  senderUrl: string
}

export type Dispatch = (call: IncomingCall) => Promise<Result<unknown>>

function isCallName(name: string): name is ApiCallName {
  return Object.hasOwn(apiSchemas, name)
}

/**
 * The single choke point for every call: drop unknown senders and unknown calls, validate the
 * argument against the call's schema, then run the handler. The main process binds this to IPC and
 * the end-to-end tests bind the very same function to their pages; only the transport differs.
 * A handler that throws is a bug: it is reported as an `io-error` rather than crashing the caller.
 */
export function createDispatch(
  handlers: ApiHandlers,
  isTrustedSender: (url: string) => boolean,
): Dispatch {
  return async ({ name, arg, senderUrl }) => {
    if (!isTrustedSender(senderUrl))
      return fail('untrusted-sender', 'Calls are only accepted from the app’s own pages.')
    if (!isCallName(name))
      return fail('unknown-call', `There is no call named "${name.slice(0, 80)}".`)
    const parsed = apiSchemas[name].safeParse(arg)
    if (!parsed.success) {
      return fail('invalid-argument', `${name}: ${formatIssues(parsed.error.issues)}`)
    }
    const handler = handlers[name] as (value: unknown) => Promise<Result<unknown>>
    try {
      return await handler(parsed.data)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return fail('io-error', `${name} failed unexpectedly: ${message}`)
    }
  }
}
