import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { mustShow, useShell } from './shell-harness'

const shell = useShell()

describe('a bridge call from outside the app’s own pages', () => {
  it('is refused without running it, from a frame inside a window or from another page', async () => {
    const app = shell.launch()
    const state = await app.started()
    const console = mustShow(state, 'console')
    for (const from of ['subFrame', 'otherPage'] as const) {
      const answer = await app.request({
        op: 'callFrom',
        from,
        window: console.id,
        name: 'createWorkshop',
        arg: { title: `Made from ${from}` },
      })
      expect(answer, from).toMatchObject({ ok: false, code: 'untrusted-sender' })
    }
    // The same call from the window itself is answered: the refusals were for the sender alone.
    expect(await app.call(console, 'createWorkshop', { title: 'Made here' })).toMatchObject({
      ok: true,
    })
    const library = join(shell.paths().documents, 'Facilitator Workshops')
    expect((await readdir(library)).filter((name) => name.endsWith('.workshop.json'))).toEqual([
      'made-here.workshop.json',
    ])
    expect((await app.state()).uncaughtErrors).toEqual([])
  })
})
