import type { Sheet } from '@common/domain/grouping/roster-csv'

/** The column picker of an imported sheet: which column holds names, which ones to keep. */
export function SheetColumns({
  sheet,
  nameColumn,
  attributes,
  onNameColumn,
  onAttributes,
  onDrop,
}: {
  sheet: Sheet
  nameColumn: number
  attributes: number[]
  onNameColumn: (column: number) => void
  onAttributes: (columns: number[]) => void
  onDrop: () => void
}) {
  return (
    <fieldset className="pairs-columns">
      <legend>
        Imported: {String(sheet.rows.length)} rows{' '}
        <button type="button" className="button-quiet" onClick={onDrop}>
          Type names instead
        </button>
      </legend>
      <label>
        Names are in{' '}
        <select value={nameColumn} onChange={(event) => onNameColumn(Number(event.target.value))}>
          {sheet.columns.map((column, index) => (
            <option key={`${String(index)}-${column}`} value={index}>
              {column === '' ? `Column ${String(index + 1)}` : column}
            </option>
          ))}
        </select>
      </label>
      <p className="pairs-hint">Also keep (for mixing groups):</p>
      {sheet.columns.map((column, index) =>
        index === nameColumn ? null : (
          <label key={`${String(index)}-${column}`} className="pairs-column">
            <input
              type="checkbox"
              checked={attributes.includes(index)}
              onChange={(event) =>
                onAttributes(
                  event.target.checked
                    ? [...attributes, index]
                    : attributes.filter((kept) => kept !== index),
                )
              }
            />{' '}
            {column === '' ? `Column ${String(index + 1)}` : column}
          </label>
        ),
      )}
    </fieldset>
  )
}
