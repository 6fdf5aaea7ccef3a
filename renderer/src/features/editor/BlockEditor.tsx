import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { WorksheetBlock } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'
import { ListField } from './ListField'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'
import { TextField } from './TextField'

interface BlockEditorProps {
  block: WorksheetBlock
  index: number
  blockIndex: number
  blockCount: number
}

/** The words for each kind of block, in the order the editor offers them. */
export const blockKindIds = {
  lines: 'editor.block.kind.lines',
  box: 'editor.block.kind.box',
  table: 'editor.block.kind.table',
  partnerGrid: 'editor.block.kind.partnerGrid',
  timeline: 'editor.block.kind.timeline',
  networkMap: 'editor.block.kind.networkMap',
  checkboxes: 'editor.block.kind.checkboxes',
} as const satisfies Record<WorksheetBlock['kind'], MessageId>

const sizes = ['small', 'medium', 'large'] as const

/** One worksheet block: its label and hint, and the fields of its kind. */
export function BlockEditor({ block, index, blockIndex, blockCount }: BlockEditorProps) {
  const { edit } = useEditor()
  const intl = useIntl()
  const path = (field: string) =>
    fieldPath('exercises', index, 'worksheet', 'blocks', blockIndex, field)
  const key = (field: string) => `block.${String(index)}.${String(blockIndex)}.${field}`
  const set = (next: WorksheetBlock, field: string) =>
    edit({ type: 'setBlock', index, blockIndex, block: next }, key(field))
  const number = blockIndex + 1
  // Every field names its block, so a screen reader hears which block a field is in.
  const label = (id: MessageId) => intl.formatMessage({ id }, { number })
  const onePerLine = intl.formatMessage({ id: 'editor.block.onePerLine' })
  return (
    <fieldset className="ed-subcard">
      <legend>
        <FormattedMessage
          id="editor.block.legend"
          values={{ number, kind: intl.formatMessage({ id: blockKindIds[block.kind] }) }}
        />
      </legend>
      <TextField
        label={label('editor.block.label')}
        path={path('label')}
        value={block.label}
        onChange={(label) => set({ ...block, label }, 'label')}
      />
      <TextField
        label={label('editor.block.hint')}
        path={path('hint')}
        value={block.hint ?? ''}
        onChange={(hint) => set({ ...block, hint }, 'hint')}
      />
      {block.kind === 'lines' && (
        <NumberField
          label={label('editor.block.lines')}
          path={path('lines')}
          value={block.lines}
          onChange={(lines) => set({ ...block, lines }, 'lines')}
        />
      )}
      {block.kind === 'box' && (
        <SelectField
          label={label('editor.block.size')}
          path={path('size')}
          value={block.size}
          options={sizes.map((size) => ({
            value: size,
            label: intl.formatMessage({ id: `editor.block.size.${size}` }),
          }))}
          onChange={(size) => set({ ...block, size }, 'size')}
        />
      )}
      {block.kind === 'table' && (
        <>
          <ListField
            label={label('editor.block.columns')}
            hint={intl.formatMessage({ id: 'editor.block.columnsHint' })}
            path={path('columns')}
            values={block.columns}
            onChange={(columns) => set({ ...block, columns }, 'columns')}
          />
          <NumberField
            label={label('editor.block.rows')}
            path={path('rows')}
            value={block.rows}
            onChange={(rows) => set({ ...block, rows }, 'rows')}
          />
          <ListField
            label={label('editor.block.rowLabels')}
            hint={intl.formatMessage({ id: 'editor.block.rowLabelsHint' })}
            path={path('rowLabels')}
            values={block.rowLabels ?? []}
            onChange={(rowLabels) => {
              const next: typeof block = { ...block, rowLabels }
              if (rowLabels.length === 0) delete next.rowLabels
              set(next, 'rowLabels')
            }}
          />
        </>
      )}
      {block.kind === 'partnerGrid' && (
        <ListField
          label={label('editor.block.fields')}
          hint={onePerLine}
          path={path('fields')}
          values={block.fields}
          onChange={(fields) => set({ ...block, fields }, 'fields')}
        />
      )}
      {block.kind === 'timeline' && (
        <NumberField
          label={label('editor.block.markers')}
          path={path('markers')}
          value={block.markers}
          onChange={(markers) => set({ ...block, markers }, 'markers')}
        />
      )}
      {block.kind === 'networkMap' && (
        <>
          <TextField
            label={label('editor.block.centre')}
            path={path('centre')}
            value={block.centre}
            onChange={(centre) => set({ ...block, centre }, 'centre')}
          />
          <ListField
            label={label('editor.block.sectors')}
            hint={onePerLine}
            path={path('sectors')}
            values={block.sectors}
            onChange={(sectors) => set({ ...block, sectors }, 'sectors')}
          />
        </>
      )}
      {block.kind === 'checkboxes' && (
        <ListField
          label={label('editor.block.items')}
          hint={onePerLine}
          path={path('items')}
          values={block.items}
          onChange={(items) => set({ ...block, items }, 'items')}
        />
      )}
      <div className="ed-actions">
        <button
          type="button"
          className="button-quiet"
          disabled={blockIndex === 0}
          onClick={() => edit({ type: 'moveBlock', index, from: blockIndex, to: blockIndex - 1 })}
        >
          <FormattedMessage id="editor.block.moveUp" values={{ number }} />
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={blockCount <= 1}
          onClick={() => edit({ type: 'removeBlock', index, blockIndex })}
        >
          <FormattedMessage id="editor.block.remove" values={{ number }} />
        </button>
      </div>
    </fieldset>
  )
}
