import { FormattedMessage } from 'react-intl'
import type { Exercise, WorksheetBlock } from '@common/domain/workshop/schema'

function BlockPreview({ block }: { block: WorksheetBlock }) {
  switch (block.kind) {
    case 'lines':
      return (
        <div className="ed-ws-lines">
          {Array.from({ length: Math.min(block.lines, 12) }, (_, i) => (
            <span key={i} />
          ))}
        </div>
      )
    case 'box':
      return <div className={`ed-ws-box ed-ws-box-${block.size}`} />
    case 'table':
      return (
        <table className="ed-ws-table">
          <thead>
            <tr>
              {block.rowLabels !== undefined && <th />}
              {block.columns.map((column, i) => (
                <th key={i}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.min(block.rows, 12) }, (_, row) => (
              <tr key={row}>
                {block.rowLabels !== undefined && <th>{block.rowLabels[row] ?? ''}</th>}
                {block.columns.map((_, i) => (
                  <td key={i} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'partnerGrid':
      return <p className="ed-ws-words">{block.fields.join(' · ')}</p>
    case 'timeline':
      return <div className="ed-ws-timeline">{'●'.repeat(Math.min(block.markers, 16))}</div>
    case 'networkMap':
      return (
        <p className="ed-ws-words">
          <span className="ed-ws-centre">{block.centre}</span>
          {block.sectors.join(' · ')}
        </p>
      )
    case 'checkboxes':
      return (
        <ul className="ed-ws-checks">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )
  }
}

/**
 * A sketch of the printed worksheet page, block by block. The PDF itself comes from
 * "Print handouts" on the workshop page.
 */
export function WorksheetPreview({ exercise }: { exercise: Exercise }) {
  return (
    <figure className="ed-preview" aria-labelledby="ed-ws-preview-title">
      <figcaption id="ed-ws-preview-title">
        <FormattedMessage id="editor.worksheet.preview" />
      </figcaption>
      <div className="ed-ws-page" data-testid="worksheet-preview">
        <p className="ed-ws-title">{exercise.title}</p>
        {exercise.worksheet.blocks.map((block, i) => (
          <div key={i} className="ed-ws-block">
            <p className="ed-ws-label">{block.label}</p>
            {block.hint !== undefined && block.hint !== '' && (
              <p className="ed-ws-hint">{block.hint}</p>
            )}
            <BlockPreview block={block} />
          </div>
        ))}
      </div>
    </figure>
  )
}
