import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appPageResponse } from '../../../electron/services/app-pages/app-page-response'
import {
  FIRST_SCREEN_FILE,
  FirstScreenStore,
} from '../../../electron/services/app-pages/first-screen-store'
import { Storage } from '../../../electron/services/storage/storage'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
const opened: Storage[] = []

beforeEach(async () => {
  folder = await makeTempFolder('first-screen')
})
afterEach(async () => {
  // The store writes in the background: let each write finish before the folder goes.
  for (const storage of opened.splice(0)) await storage.flush()
  await folder.remove()
})

/** The console's built page: its script and style sheet named by their hashes. */
const page = (build: string) =>
  `<!doctype html><html><head><script defer src="./assets/index-${build}.js"></script></head>` +
  `<body><div id="root"></div></body></html>`

const library =
  '<div class="console" inert=""><h1>Workshops</h1><li class="workshop-card">Atelier de María-José Nguyễn Öztürk</li></div>'

/** Opens the store over the test's user-data folder, as one start of the app. */
async function start(): Promise<{ store: FirstScreenStore; storage: Storage }> {
  const storage = new Storage()
  opened.push(storage)
  return { store: await FirstScreenStore.load(storage, folder.path), storage }
}

/** What the page served to the console's window holds in its `#root`. */
const carried = (served: string) =>
  /<div id="root">([\s\S]+?)<\/div><\/body>/.exec(served)?.[1] ?? null

describe('the console’s kept first screen', () => {
  it('is served inside the console’s page, in its root, from the next start on', async () => {
    const first = await start()
    expect(first.store.serve(page('AAAA'), true)).toBe(page('AAAA'))
    expect(first.store.keep(library).ok).toBe(true)
    expect(carried(first.store.serve(page('AAAA'), true))).toBe(library)
    await first.storage.flush()

    const next = await start()
    expect(carried(next.store.serve(page('AAAA'), true))).toBe(library)
  })

  it('is never served to the room’s window, which loads the same page', async () => {
    const { store } = await start()
    store.serve(page('AAAA'), true)
    store.keep(library)
    expect(store.serve(page('AAAA'), false)).toBe(page('AAAA'))
  })

  it('is not served to another build, whose markup may not fit its style sheet', async () => {
    const { store, storage } = await start()
    store.serve(page('AAAA'), true)
    store.keep(library)
    await storage.flush()
    const updated = await start()
    expect(updated.store.serve(page('BBBB'), true)).toBe(page('BBBB'))
  })

  it('is dropped when the console keeps none (a session has started)', async () => {
    const { store, storage } = await start()
    store.serve(page('AAAA'), true)
    store.keep(library)
    expect(store.keep(null).ok).toBe(true)
    expect(store.serve(page('AAAA'), true)).toBe(page('AAAA'))
    await storage.flush()
    expect((await start()).store.serve(page('AAAA'), true)).toBe(page('AAAA'))
  })

  it('refuses markup that could leave its template or run, and keeps what it had', async () => {
    const { store } = await start()
    store.serve(page('AAAA'), true)
    store.keep(library)
    for (const hostile of [
      `${library}</div><script src="./assets/x.js"></script>`,
      '</body><body>',
      '<SCRIPT>alert(1)</SCRIPT>',
      '<link rel="stylesheet" href="x.css">',
      '<iframe src="https://example.org"></iframe>',
      '<meta http-equiv="refresh" content="0">',
    ]) {
      const answer = store.keep(hostile)
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.code).toBe('invalid-argument')
    }
    expect(carried(store.serve(page('AAAA'), true))).toBe(library)
  })

  it('starts with none from a file that is not one, or a folder in its place', async () => {
    await writeFile(join(folder.path, FIRST_SCREEN_FILE), '{"build":1}')
    expect((await start()).store.serve(page('AAAA'), true)).toBe(page('AAAA'))
    await writeFile(join(folder.path, FIRST_SCREEN_FILE), 'not json')
    expect((await start()).store.serve(page('AAAA'), true)).toBe(page('AAAA'))
    await folder.remove()
    await mkdir(join(folder.path, FIRST_SCREEN_FILE), { recursive: true })
    expect((await start()).store.serve(page('AAAA'), true)).toBe(page('AAAA'))
  })

  it('reaches the console’s page through the app’s scheme, and nothing else', async () => {
    const renderer = join(folder.path, 'renderer')
    await mkdir(join(renderer, 'assets'), { recursive: true })
    await writeFile(join(renderer, 'index.html'), page('AAAA'))
    await writeFile(join(renderer, 'assets', 'index-AAAA.js'), '"use strict"')
    const { store } = await start()
    const get = (url: string) => appPageResponse(renderer, { url, method: 'GET' }, store)
    await get('app://facilitator/index.html?view=console')
    store.keep(library)
    expect(carried(await (await get('app://facilitator/index.html?view=console')).text())).toBe(
      library,
    )
    // The room's window loads the page without the console's query.
    expect(await (await get('app://facilitator/index.html')).text()).toBe(page('AAAA'))
    expect(await (await get('app://facilitator/assets/index-AAAA.js')).text()).toBe('"use strict"')
  })
})
