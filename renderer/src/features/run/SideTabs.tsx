import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useIntl } from 'react-intl'

/** One place of the console's side column: its tab's words and what it holds. */
export interface SideTab {
  id: string
  label: string
  /** A few words after the label: "14", "open". */
  badge?: string | undefined
  content: ReactNode
}

/**
 * The console's side column as tabs: each place one click (or one arrow key) away, its heading
 * and main controls at the top of a screen rather than thousands of pixels down one column.
 * Every panel stays mounted, so what is typed in one survives a visit to another, and only the
 * chosen tab is in the Tab order (arrows move between tabs, as in any tab list).
 */
export function SideTabs({
  tabs,
  chosen,
  onChoose,
}: {
  tabs: readonly SideTab[]
  chosen: string
  onChoose: (id: string) => void
}) {
  const intl = useIntl()
  const list = useRef<HTMLDivElement>(null)
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? tabs.length - 1
          : step === 0
            ? null
            : (index + step + tabs.length) % tabs.length
    const target = to === null ? undefined : tabs[to]
    if (target === undefined) return
    event.preventDefault()
    onChoose(target.id)
    list.current?.querySelector<HTMLButtonElement>(`#side-tab-${target.id}`)?.focus()
  }
  return (
    <div className="side-tabs">
      <div
        className="side-tab-list"
        role="tablist"
        aria-label={intl.formatMessage({ id: 'console.sideTabs' })}
        ref={list}
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-controls={`side-panel-${tab.id}`}
            aria-selected={tab.id === chosen}
            tabIndex={tab.id === chosen ? 0 : -1}
            className="side-tab"
            onClick={() => onChoose(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
            {tab.badge !== undefined && <span className="side-tab-badge"> · {tab.badge}</span>}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <section
          key={tab.id}
          role="tabpanel"
          id={`side-panel-${tab.id}`}
          aria-labelledby={`side-tab-${tab.id}`}
          className="side-panel"
          hidden={tab.id !== chosen}
        >
          {tab.content}
        </section>
      ))}
    </div>
  )
}
