import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PhoneApp } from './PhoneApp'
import { fetchPhoneMessages } from './phone-messages'
import { openLiveChannel } from './useLiveChannel'
import { warmUpIntl } from '../lib/i18n/warm-up-intl'
import '../styles.css'
import './phone.css'

// Both at once, before the first render: the words arrive while the live channel connects.
const messages = fetchPhoneMessages()
const channel = openLiveChannel()
// The language is not known yet; the engine's cost is the same for any.
warmUpIntl('en')

const root = document.getElementById('root')
if (root === null) throw new Error('phone.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PhoneApp messages={messages} channel={channel} />
  </StrictMode>,
)
