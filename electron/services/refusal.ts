import { fail, type Failure, type FailureCode } from '@common/api/result'
import type { MessageId } from '@common/i18n/message-id'
import { translatorFor, type Translator } from '@common/i18n/translator'
import { fileErrorIn } from './storage/file-error-message'

/**
 * The app language's translator, asked for at each message rather than once: the facilitator can
 * change the language while the app runs, and the next refusal speaks the new one.
 */
export type AppTranslator = () => Translator

/** English, for the command line, whose usage and other messages are English too. */
export const inEnglish: AppTranslator = () => translatorFor('en')

/** A failure whose message is in the app's language, for the console to show as it is. */
export function refuse(
  t: AppTranslator,
  code: FailureCode,
  id: MessageId,
  values?: Record<string, string | number>,
): Failure {
  return fail(code, t().formatMessage({ id }, values))
}

/** {@link refuse} for a failed file operation: the message's `{reason}` says why, in the same language. */
export function refuseFileError(
  t: AppTranslator,
  id: MessageId,
  error: unknown,
  values: Record<string, string | number> = {},
): Failure {
  const translator = t()
  return fail(
    'io-error',
    translator.formatMessage({ id }, { ...values, reason: fileErrorIn(translator, error) }),
  )
}
