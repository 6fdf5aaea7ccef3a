import type { LanServerMessage } from '@common/lan/lan-protocol'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { connectLan, tokenOf, writePhoneBuild } from '../../support/lan-client'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
const folders: { path: string; remove: () => Promise<void> }[] = []
const apps: TestServices[] = []

afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.cleanUp()
  for (const folder of folders.splice(0)) await folder.remove()
})

async function folder(name: string): Promise<string> {
  const made = await makeTempFolder(name)
  folders.push(made)
  return made.path
}

/** A session with a vote open to two phones, each of which voted (one changed its mind). */
async function votedOn(dirs: { userDataDir: string; libraryDir: string; phonePagesDir: string }) {
  const app = await startTestServices(dirs)
  apps.push(app)
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  valueOf(await api.runCommand({ command: { type: 'start' } }))
  const status = valueOf(await api.setLanOpen({ open: true, port: 0 }))
  const opened = valueOf(
    await api.openVote({ question: 'Which?', options: ['A', 'B'], mode: 'one', dots: 1 }),
  )
  const voteId = opened.moderation.vote?.id ?? ''
  const url = status.links.find((l) => l.capability === 'participant')?.urls[0] ?? ''
  const phone = await connectLan(new URL(url).origin, tokenOf(url))
  const ballots = [
    { voter: 'phone-one-1', choices: [0] },
    { voter: 'phone-two-2', choices: [0] },
    { voter: 'phone-two-2', choices: [1] },
  ]
  for (const [index, ballot] of ballots.entries()) {
    phone.send({ type: 'ballot', id: index + 1, voteId, ...ballot })
    const ack = await phone.next(
      (m): m is Extract<LanServerMessage, { type: 'ack' }> =>
        m.type === 'ack' && m.id === index + 1,
    )
    expect(ack.ok).toBe(true)
  }
  phone.socket.close()
  return { app, api }
}

describe('ballots on disk', () => {
  it('brings an open vote back with every counted ballot after the app stopped mid-vote', async () => {
    const dirs = {
      userDataDir: await folder('user-data'),
      libraryDir: await folder('library'),
      phonePagesDir: await folder('phone-build'),
    }
    await writePhoneBuild(dirs.phonePagesDir)
    await votedOn(dirs)
    // No flush, no close: as if the app had been killed.
    const again = await startTestServices(dirs)
    apps.push(again)
    const vote = valueOf(await again.services.handlers.getLanStatus({})).moderation.vote
    expect(vote).toMatchObject({
      open: true,
      voters: 2,
      options: [
        { label: 'A', count: 1 },
        { label: 'B', count: 1 },
      ],
    })
  })

  it('does not bring back a vote once it was closed and its result recorded', async () => {
    const dirs = {
      userDataDir: await folder('user-data'),
      libraryDir: await folder('library'),
      phonePagesDir: await folder('phone-build'),
    }
    await writePhoneBuild(dirs.phonePagesDir)
    const { api } = await votedOn(dirs)
    valueOf(await api.closeVote({}))
    const again = await startTestServices(dirs)
    apps.push(again)
    expect(valueOf(await again.services.handlers.getLanStatus({})).moderation.vote).toBeNull()
  })
})
