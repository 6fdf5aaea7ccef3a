import type { LanLink } from '@common/lan/lan-status'
import { linkWording } from '@common/lan/lan-wording'
import { CopyButton } from './CopyButton'

/** Each link with what it can do, how many pages follow it, and a QR code per address. */
export function LanLinks({ links }: { links: LanLink[] }) {
  return (
    <ul className="lan-links">
      {links.map((link) => {
        const wording = linkWording[link.capability]
        return (
          <li key={link.capability} data-testid={`lan-link-${link.capability}`}>
            <h3>
              {wording.name} <span className="muted">· {String(link.connected)} connected</span>
            </h3>
            <p className="muted">{wording.can}</p>
            {link.urls.map((url, index) => (
              <figure key={url} className="lan-qr">
                <img
                  src={link.qrCodes[index]}
                  alt={`QR code of the ${wording.name} link`}
                  width={144}
                  height={144}
                />
                <figcaption>
                  {/* The whole link, wrapped, so it can be read out as well as copied. */}
                  <textarea
                    readOnly
                    rows={3}
                    value={url}
                    aria-label={`${wording.name} link`}
                    onFocus={(event) => event.target.select()}
                  />
                  <CopyButton text={url} what={wording.name} />
                </figcaption>
              </figure>
            ))}
          </li>
        )
      })}
    </ul>
  )
}
