import type english from './catalogues/en.json'

/**
 * Every message the app shows, named by its id in the English catalogue: a lookup of an id that is
 * not there fails to type-check, in the renderer, the phone pages and the document builders alike.
 */
export type MessageId = keyof typeof english

/** A catalogue as written: each id's ICU message in one language. */
export type CatalogueSource = Readonly<Record<MessageId, string>>

declare global {
  // FormatJS reads the ids its formatMessage accepts from this interface.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId
    }
  }
}
