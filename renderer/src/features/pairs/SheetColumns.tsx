import { FormattedMessage, useIntl } from 'react-intl'
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
  const intl = useIntl()
  const columnName = (column: string, index: number) =>
    column === ''
      ? intl.formatMessage({ id: 'console.pairs.sheet.column' }, { number: index + 1 })
      : column
  return (
    <fieldset className="pairs-columns">
      <legend>
        <FormattedMessage id="console.pairs.sheet.imported" values={{ count: sheet.rows.length }} />{' '}
        <button type="button" className="button-quiet" onClick={onDrop}>
          <FormattedMessage id="console.pairs.sheet.typeInstead" />
        </button>
      </legend>
      <label>
        <FormattedMessage id="console.pairs.sheet.namesIn" />{' '}
        <select value={nameColumn} onChange={(event) => onNameColumn(Number(event.target.value))}>
          {sheet.columns.map((column, index) => (
            <option key={`${String(index)}-${column}`} value={index}>
              {columnName(column, index)}
            </option>
          ))}
        </select>
      </label>
      <p className="pairs-hint">
        <FormattedMessage id="console.pairs.sheet.alsoKeep" />
      </p>
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
            {columnName(column, index)}
          </label>
        ),
      )}
    </fieldset>
  )
}
