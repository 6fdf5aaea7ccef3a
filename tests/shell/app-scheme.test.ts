import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { consolePageUrl } from '@common/api/first-screen'
import { appPageUrl } from '@common/security/app-origin'
import { repoRoot } from '../support/paths'
import { mustShow, useShell } from './shell-harness'
import type { SchemeAnswer } from './stand-in/scheme'

const shell = useShell()
const builtPage = () => readFile(join(repoRoot, 'out/renderer/index.html'), 'utf8')

describe('the built renderer on the app’s own scheme', () => {
  it('is made a standard, secure scheme with code cache before ready, and handled after', async () => {
    const app = shell.launch()
    const state = await app.started()
    expect(state.privilegedSchemes).toEqual({
      app: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
    expect(state.handledSchemes).toEqual(['app'])
    expect(state.uncaughtErrors).toEqual([])
  })

  it('loads both windows with the page and every script and style sheet it names', async () => {
    const app = shell.launch()
    const state = await app.started()
    const html = await builtPage()
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])
    // One classic script and one style sheet: Chromium reuses compiled code for classic scripts
    // only, so a module script here would compile afresh at every start.
    expect(named).toEqual([
      expect.stringMatching(/^assets\/index-[\w-]+\.js$/),
      expect.stringMatching(/^assets\/[\w-]+\.css$/),
    ])
    expect(html).toMatch(/<script defer src="\.\/assets\/index-[\w-]+\.js"><\/script>/)
    expect(html).not.toContain('type="module"')
    for (const view of ['console', 'room'] as const) {
      const window = mustShow(state, view)
      // The console's window asks for its page with the first screen its last start kept.
      expect(window.url).toBe(
        view === 'console' ? consolePageUrl(appPageUrl) : `${appPageUrl}#/room`,
      )
      expect(window.loadFailure).toBeNull()
      expect(window.loaded[0]).toBe(
        `200 text/html; charset=utf-8 ${window.url.replace(/#.*$/, '')}`,
      )
      const assets = window.loaded.slice(1)
      expect(assets).toHaveLength(named.length)
      for (const [index, asset] of assets.entries()) {
        expect(asset).toMatch(/^200 text\/(javascript|css); charset=utf-8 app:\/\/facilitator\//)
        expect(asset.endsWith(String(named[index]))).toBe(true)
      }
    }
  })

  it('serves the page with its strict content security policy, unchanged', async () => {
    const app = shell.launch()
    await app.started()
    const page = await app.request<SchemeAnswer>({
      op: 'fetchScheme',
      url: appPageUrl,
      method: 'GET',
    })
    expect(page.body).toBe(await builtPage())
    expect(page.body).toContain("default-src 'none'; script-src 'self'")
  })

  it('serves the console’s page with the library screen the last launch kept', async () => {
    const library =
      '<div class="console" inert=""><li class="workshop-card">Atelier de María-José Nguyễn</li></div>'
    const first = shell.launch()
    const state = await first.started()
    expect(
      await first.call(mustShow(state, 'console'), 'keepFirstScreen', { html: library }),
    ).toMatchObject({
      ok: true,
    })
    await first.request({ op: 'quit' })
    expect((await first.exitsWithin(15_000)).code).toBe(0)

    const next = shell.launch()
    await next.started()
    const page = await next.request<SchemeAnswer>({
      op: 'fetchScheme',
      url: consolePageUrl(appPageUrl),
      method: 'GET',
    })
    expect(page.body).toContain(`<div id="root">${library}</div>`)
    // The room's window loads the same page without the console's query: as built.
    const room = await next.request<SchemeAnswer>({
      op: 'fetchScheme',
      url: `${appPageUrl}#/room`,
      method: 'GET',
    })
    expect(room.body).toBe(await builtPage())
  })

  it('serves nothing but the page and its assets', async () => {
    const app = shell.launch()
    await app.started()
    const refused = [
      'app://facilitator/phone.html',
      'app://facilitator/../main/index.js',
      'app://facilitator/assets/../../main/index.js',
      'app://facilitator/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
      'app://facilitator/assets/..%5C..%5Cmain%5Cindex.js',
      'app://facilitator/assets/.hidden.js',
      'app://facilitator/assets/no-such-file.js',
      'app://facilitator/package.json',
      'app://facilitator/',
      'app://elsewhere/index.html',
    ]
    for (const url of refused) {
      const answer = await app.request<SchemeAnswer>({ op: 'fetchScheme', url, method: 'GET' })
      expect({ url, status: answer.status }).toEqual({ url, status: 404 })
      expect(answer.body).not.toContain('import')
    }
    const posted = await app.request<SchemeAnswer>({
      op: 'fetchScheme',
      url: appPageUrl,
      method: 'POST',
    })
    expect(posted.status).toBe(405)
  })
})
