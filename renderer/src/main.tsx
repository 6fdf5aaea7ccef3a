import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startFirstReads } from './app/first-reads'
import './styles.css'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
startFirstReads()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
