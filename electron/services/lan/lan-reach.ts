import { request } from 'node:http'
import type { LanReach } from '@common/lan/lan-status'
import type { Translator } from '@common/i18n/translator'

/**
 * Asks the server at one address for its reach page, as a phone would, within 2 seconds, and says
 * what came back in `t`'s language.
 */
export function reach(address: string, port: number, t: Translator): Promise<LanReach> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: address,
        port,
        path: '/reach',
        timeout: 2000,
        headers: { host: `${address}:${String(port)}` },
      },
      (response) => {
        response.resume()
        resolve({
          address,
          reached: response.statusCode === 200,
          message:
            response.statusCode === 200
              ? t.formatMessage({ id: 'errors.lan.reachAnswers' })
              : t.formatMessage(
                  { id: 'errors.lan.reachStatus' },
                  { status: String(response.statusCode) },
                ),
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('no answer within 2 seconds')))
    req.on('error', (error) =>
      resolve({
        address,
        reached: false,
        message: t.formatMessage({ id: 'errors.lan.reachNone' }, { reason: error.message }),
      }),
    )
    req.end()
  })
}
