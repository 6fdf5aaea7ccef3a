import type { NetworkInterfaceInfo } from 'node:os'
import { lanAddresses } from '../../../electron/services/lan/lan-addresses'

const info = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo

describe('the addresses a phone in the room can reach', () => {
  it('are the IPv4 addresses on the networks, without loopback, each once', () => {
    expect(
      lanAddresses({
        lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
        wlan0: [info('192.168.1.20', 'IPv4'), info('fe80::1', 'IPv6')],
        eth0: [info('10.0.0.5', 'IPv4')],
        bridge: [info('10.0.0.5', 'IPv4')],
        down: undefined,
      }),
    ).toEqual(['192.168.1.20', '10.0.0.5'])
  })
})
