import { request } from 'node:http'
import type { LanReach } from '@common/lan/lan-status'

/** Asks the server at one address for its reach page, as a phone would, within 2 seconds. */
export function reach(address: string, port: number): Promise<LanReach> {
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
              ? 'Answers on this computer. If a phone still cannot open it, see the hints.'
              : `Answered ${String(response.statusCode)}.`,
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('no answer within 2 seconds')))
    req.on('error', (error) =>
      resolve({ address, reached: false, message: `No answer: ${error.message}.` }),
    )
    req.end()
  })
}
