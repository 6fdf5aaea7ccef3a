import { FormattedMessage } from 'react-intl'
import type { NoteTag } from '@common/api/contract'

/** A tag's name in the console's language; the session file keeps the tag itself. */
export function TagName({ tag }: { tag: NoteTag }) {
  return <FormattedMessage id="console.notes.tag" values={{ tag }} />
}
