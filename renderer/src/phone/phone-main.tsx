import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PhoneApp } from './PhoneApp'
import { fetchPhoneMessages } from './phone-messages'
import '../styles.css'
import './phone.css'

// Asked for at once, so the words arrive while the live channel connects.
const messages = fetchPhoneMessages()

const root = document.getElementById('root')
if (root === null) throw new Error('phone.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PhoneApp messages={messages} />
  </StrictMode>,
)
