import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PhoneApp } from './PhoneApp'
import '../styles.css'
import './phone.css'

const root = document.getElementById('root')
if (root === null) throw new Error('phone.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
)
