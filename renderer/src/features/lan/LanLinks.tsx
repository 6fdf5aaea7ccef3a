import { FormattedMessage, useIntl } from 'react-intl'
import type { LanLink } from '@common/lan/lan-status'
import { linkWording } from '@common/lan/lan-wording'
import { CopyButton } from './CopyButton'

/** Each link with what it can do, how many pages follow it, and a QR code per address. */
export function LanLinks({ links }: { links: LanLink[] }) {
  const intl = useIntl()
  return (
    <ul className="lan-links">
      {links.map((link) => {
        const wording = linkWording[link.capability]
        const name = intl.formatMessage({ id: wording.name })
        return (
          <li key={link.capability} data-testid={`lan-link-${link.capability}`}>
            <h3>
              {name}{' '}
              <span className="muted">
                <FormattedMessage
                  id="console.lan.link.connected"
                  values={{ count: link.connected }}
                />
              </span>
            </h3>
            <p className="muted">
              <FormattedMessage id={wording.can} />
            </p>
            {link.urls.map((url, index) => (
              <figure key={url} className="lan-qr">
                <img
                  src={link.qrCodes[index]}
                  alt={intl.formatMessage({ id: 'console.lan.link.qrAlt' }, { name })}
                  width={144}
                  height={144}
                />
                <figcaption>
                  {/* The whole link, wrapped, so it can be read out as well as copied. */}
                  <textarea
                    readOnly
                    rows={3}
                    value={url}
                    aria-label={intl.formatMessage({ id: 'console.lan.link.field' }, { name })}
                    onFocus={(event) => event.target.select()}
                  />
                  <CopyButton text={url} what={name} />
                </figcaption>
              </figure>
            ))}
          </li>
        )
      })}
    </ul>
  )
}
