import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appPageResponse } from '../../../electron/services/app-pages/app-page-response'
import { makeTempFolder } from '../../support/temp-folders'

let folder: Awaited<ReturnType<typeof makeTempFolder>>
let renderer: string

beforeEach(async () => {
  folder = await makeTempFolder('app-pages')
  renderer = join(folder.path, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Facilitator</title>')
  await writeFile(join(renderer, 'phone.html'), 'phone')
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(renderer, 'assets', 'notes.txt'), 'secret')
  await writeFile(join(folder.path, 'secret.js'), 'secret')
})
afterEach(() => folder.remove())

const get = (url: string, method = 'GET') => appPageResponse(renderer, { url, method })

describe('appPageResponse', () => {
  it('serves the page and its scripts and styles with their content types', async () => {
    const page = await get('app://facilitator/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Facilitator</title>')
    const script = await get('app://facilitator/assets/index-abc.js#x')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('export {}')
    const style = await get('app://facilitator/assets/index-abc.css?v=1')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers HEAD without a body', async () => {
    const head = await get('app://facilitator/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it.each([
    ['another page of the build', 'app://facilitator/phone.html'],
    ['a file type it does not serve', 'app://facilitator/assets/notes.txt'],
    ['a file beside the renderer', 'app://facilitator/../secret.js'],
    ['an escape by encoded dots', 'app://facilitator/assets/%2e%2e%2f%2e%2e%2fsecret.js'],
    ['an escape by backslashes', 'app://facilitator/assets/..%5C..%5Csecret.js'],
    ['a hidden name', 'app://facilitator/assets/.index-abc.js'],
    ['a missing file', 'app://facilitator/assets/gone.js'],
    ['the folder itself', 'app://facilitator/'],
    ['another host', 'app://elsewhere/index.html'],
    ['a URL with credentials', 'app://someone@facilitator/index.html'],
    ['something that is not a URL', 'not a url'],
  ])('refuses %s', async (_what, url) => {
    const answer = await get(url)
    expect([400, 404]).toContain(answer.status)
    expect(await answer.text()).not.toContain('secret')
  })

  it('refuses every method but GET and HEAD', async () => {
    expect((await get('app://facilitator/index.html', 'POST')).status).toBe(405)
  })
})
