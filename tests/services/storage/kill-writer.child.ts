// Run as a child process by the kill test: writes a growing document through the storage layer
// in a loop and prints each sequence number once its write has been acknowledged.
import { Storage } from '../../../electron/services/storage/storage'

interface Doc {
  seq: number
  filler: string
}

const codec = {
  parse: (text: string) => JSON.parse(text) as Doc,
  serialize: (data: Doc) => JSON.stringify(data),
}

const [path, seed] = process.argv.slice(2)
if (path === undefined) throw new Error('usage: kill-writer <path> <seed>')
const storage = new Storage()
let state = Number(seed ?? 1)
const nextRandom = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}

for (let seq = 1; ; seq += 1) {
  // Sizes vary from a few bytes to ~400 KB so kills land in every stage of a write.
  const filler = 'x'.repeat(Math.floor(nextRandom() * 400_000))
  await storage.write(path, codec, { seq, filler })
  process.stdout.write(`${String(seq)}\n`)
}
