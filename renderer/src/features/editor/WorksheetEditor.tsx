import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { Exercise } from '@common/domain/workshop/schema'
import type { BlockKind } from '@common/domain/workshop/edit/new-items'
import { BlockEditor, blockKindIds } from './BlockEditor'
import { useEditor } from './editor-context'

/** The worksheet of an exercise: its blocks in order, and a way to add one of any kind. */
export function WorksheetEditor({ exercise, index }: { exercise: Exercise; index: number }) {
  const { edit } = useEditor()
  const intl = useIntl()
  const [kind, setKind] = useState<BlockKind>('table')
  const blocks = exercise.worksheet.blocks
  return (
    <section className="ed-group" aria-labelledby="ed-worksheet-title">
      <h3 id="ed-worksheet-title">
        <FormattedMessage id="editor.worksheet.title" />
      </h3>
      {blocks.map((block, blockIndex) => (
        <BlockEditor
          // Blocks have no ids; their place is who they are while this exercise is open.
          key={`${String(blockIndex)}-${block.kind}`}
          block={block}
          index={index}
          blockIndex={blockIndex}
          blockCount={blocks.length}
        />
      ))}
      <div className="ed-actions">
        <label htmlFor="ed-block-kind">
          <FormattedMessage id="editor.worksheet.newKind" />
        </label>
        <select
          id="ed-block-kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as BlockKind)}
        >
          {(Object.keys(blockKindIds) as BlockKind[]).map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: blockKindIds[value] })}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => edit({ type: 'addBlock', index, kind })}>
          <FormattedMessage id="editor.worksheet.add" />
        </button>
      </div>
    </section>
  )
}
