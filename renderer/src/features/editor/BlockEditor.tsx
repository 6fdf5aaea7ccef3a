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

export const blockKindNames: Record<WorksheetBlock['kind'], string> = {
  lines: 'Lines',
  box: 'Box',
  table: 'Table',
  partnerGrid: 'Partner grid',
  timeline: 'Timeline',
  networkMap: 'Network map',
  checkboxes: 'Tick boxes',
}

const sizes = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
] as const

/** One worksheet block: its label and hint, and the fields of its kind. */
export function BlockEditor({ block, index, blockIndex, blockCount }: BlockEditorProps) {
  const { edit } = useEditor()
  const path = (field: string) =>
    fieldPath('exercises', index, 'worksheet', 'blocks', blockIndex, field)
  const key = (field: string) => `block.${String(index)}.${String(blockIndex)}.${field}`
  const set = (next: WorksheetBlock, field: string) =>
    edit({ type: 'setBlock', index, blockIndex, block: next }, key(field))
  const name = `Block ${String(blockIndex + 1)}`
  return (
    <fieldset className="ed-subcard">
      <legend>
        {name}: {blockKindNames[block.kind]}
      </legend>
      <TextField
        label={`${name} label`}
        path={path('label')}
        value={block.label}
        onChange={(label) => set({ ...block, label }, 'label')}
      />
      <TextField
        label={`${name} hint`}
        path={path('hint')}
        value={block.hint ?? ''}
        onChange={(hint) => set({ ...block, hint }, 'hint')}
      />
      {block.kind === 'lines' && (
        <NumberField
          label={`${name} lines`}
          path={path('lines')}
          value={block.lines}
          onChange={(lines) => set({ ...block, lines }, 'lines')}
        />
      )}
      {block.kind === 'box' && (
        <SelectField
          label={`${name} size`}
          path={path('size')}
          value={block.size}
          options={sizes}
          onChange={(size) => set({ ...block, size }, 'size')}
        />
      )}
      {block.kind === 'table' && (
        <>
          <ListField
            label={`${name} columns`}
            hint="One column heading per line"
            path={path('columns')}
            values={block.columns}
            onChange={(columns) => set({ ...block, columns }, 'columns')}
          />
          <NumberField
            label={`${name} rows`}
            path={path('rows')}
            value={block.rows}
            onChange={(rows) => set({ ...block, rows }, 'rows')}
          />
          <ListField
            label={`${name} row labels`}
            hint="Optional, one per line"
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
          label={`${name} fields`}
          hint="One per line"
          path={path('fields')}
          values={block.fields}
          onChange={(fields) => set({ ...block, fields }, 'fields')}
        />
      )}
      {block.kind === 'timeline' && (
        <NumberField
          label={`${name} markers`}
          path={path('markers')}
          value={block.markers}
          onChange={(markers) => set({ ...block, markers }, 'markers')}
        />
      )}
      {block.kind === 'networkMap' && (
        <>
          <TextField
            label={`${name} centre`}
            path={path('centre')}
            value={block.centre}
            onChange={(centre) => set({ ...block, centre }, 'centre')}
          />
          <ListField
            label={`${name} sectors`}
            hint="One per line"
            path={path('sectors')}
            values={block.sectors}
            onChange={(sectors) => set({ ...block, sectors }, 'sectors')}
          />
        </>
      )}
      {block.kind === 'checkboxes' && (
        <ListField
          label={`${name} items`}
          hint="One per line"
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
          Move {name.toLowerCase()} up
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={blockCount <= 1}
          onClick={() => edit({ type: 'removeBlock', index, blockIndex })}
        >
          Remove {name.toLowerCase()}
        </button>
      </div>
    </fieldset>
  )
}
