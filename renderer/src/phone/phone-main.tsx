import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PhoneApp } from './PhoneApp'
import { fetchPhoneMessages } from './phone-messages'
import { openLiveChannel } from './useLiveChannel'
import '../styles.css'
import './phone.css'

// Both at once, before the first render: the words arrive while the live channel connects.
const messages = fetchPhoneMessages()
const channel = openLiveChannel()

const root = document.getElementById('root')
if (root === null) throw new Error('phone.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PhoneApp messages={messages} channel={channel} />
  </StrictMode>,
)
