// The shared styles first: the console is one style sheet, and each feature's own rules must come
// after them to win where they meet.
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startFirstReads } from './app/first-reads'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
startFirstReads()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
