import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { builtRendererDir } from '../support/paths'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

test('the built page carries a strict Content-Security-Policy', async () => {
  const html = await readFile(join(builtRendererDir, 'index.html'), 'utf8')
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(policy).toContain("default-src 'none'")
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
})

test('the policy is enforced: injected inline scripts and loads from elsewhere are refused', async () => {
  const page = await app.openView('console')
  await expect(page.getByRole('listitem', { name: /Mentoring/ })).toBeVisible()
  // The same test server under another name: reachable, so a refusal can only come from the policy.
  const elsewhere = app.appUrl.replace('127.0.0.1', 'localhost')
  const outcome = await page.evaluate(async (otherOrigin) => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    )
    const w = window as unknown as Record<string, unknown>
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    await fetch(otherOrigin).catch(() => undefined)
    const frame = document.createElement('iframe')
    frame.src = otherOrigin
    document.body.append(frame)
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { inline: w.__inlineRan === true, violations: [...new Set(violations)].sort() }
  }, elsewhere)
  expect(outcome.inline).toBe(false)
  expect(outcome.violations).toEqual(['connect-src', 'frame-src', 'script-src-elem'])
})
