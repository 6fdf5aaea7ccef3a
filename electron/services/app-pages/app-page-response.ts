import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isConsolePageQuery } from '@common/api/first-screen'
import { appHost } from '@common/security/app-origin'
import { contentTypeOf } from './content-types'

// The console's page and the flat `assets` folder the build writes, by name only: no other
// file of the build (the phone page, the main process) and no path with a folder in it.
const servedPath = /^\/(?:index\.html|assets\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)$/

function refuse(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  })
}

/**
 * The answer to one request for the app's own scheme: a file of the built renderer in
 * `rendererDir`, with its content type (a module script is refused by the browser without
 * one), or a refusal that says why. Nothing outside the page and its assets is ever read.
 */
export async function appPageResponse(
  rendererDir: string,
  request: { url: string; method: string },
  /** Serves the console's window the page with the first screen its last start kept. */
  firstScreen?: { serve(page: string, forConsole: boolean): string },
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(405, 'Only GET and HEAD are served.')
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return refuse(400, 'Not a URL.')
  }
  if (url.host !== appHost || url.username !== '' || url.password !== '')
    return refuse(404, 'Not one of the app’s pages.')
  const type = contentTypeOf(url.pathname)
  if (!servedPath.test(url.pathname) || type === undefined)
    return refuse(404, 'Not one of the app’s pages.')
  let body: Buffer
  try {
    body = await readFile(join(rendererDir, url.pathname))
  } catch {
    return refuse(404, 'No such file in the built app.')
  }
  if (firstScreen !== undefined && url.pathname === '/index.html')
    body = Buffer.from(
      firstScreen.serve(body.toString('utf8'), isConsolePageQuery(url.searchParams)),
      'utf8',
    )
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { 'content-type': type, 'x-content-type-options': 'nosniff' },
  })
}
