import type { NetworkInterfaceInfo } from 'node:os'

/**
 * The machine's IPv4 addresses on its networks, loopback left out: the ones a phone in the room
 * can reach. IPv6 link-local addresses need a zone a phone's browser cannot type, so they are left
 * out too. Takes `os.networkInterfaces()`, so it is tested with any machine's.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const found = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address)
  return [...new Set(found)]
}
