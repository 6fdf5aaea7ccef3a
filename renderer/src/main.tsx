// The shared styles first: the console is one style sheet, and each feature's own rules must come
// after them to win where they meet.
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startFirstReads } from './app/first-reads'

/**
 * How long the first render waits for the first screen's reads. They take milliseconds; a main
 * process too busy to answer in this time gets a window that shows what it is waiting for.
 */
const FIRST_READS_WAIT_MS = 2000

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
const container = root
const firstReads = startFirstReads()
const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_READS_WAIT_MS))
// React's first commit replaces what the window shows meanwhile (the last first screen, if one
// was kept), so it is made only once there is a whole first screen to draw.
void Promise.race([firstReads, waited]).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
