// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes, siteHeaders, withContentSecurityPolicy } from '../../scripts/lib/csp.mjs'
import { serveStatic } from '../../scripts/lib/static-server.mjs'

const page = '<!doctype html><html><head><title>t</title></head><body><script>one()</script><script type="module" src="/a.js"></script><script>two()</script></body></html>'
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('the Content-Security-Policy of the outputs', () => {
  it('hashes each inline script, and no script loaded by src', () => {
    expect(inlineScriptHashes(page)).toEqual([hash('one()'), hash('two()')])
  })

  it('gives the site its own origin only, and the single file nothing but what it carries', () => {
    expect(contentSecurityPolicy(page, 'site')).toBe(`default-src 'self'; script-src 'self' ${hash('one()')} ${hash('two()')}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`)
    const single = contentSecurityPolicy(page, 'single')
    expect(single).toMatch(/^default-src 'none'; script-src 'sha256-/)
    expect(single).toContain('connect-src \'none\'')
    expect(single).not.toContain('\'self\'')
  })

  it('puts the policy first in <head>, once, however often it is written', () => {
    const once = withContentSecurityPolicy(page, 'site')
    expect(once).toMatch(/<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'self';/)
    expect(withContentSecurityPolicy(once, 'site')).toBe(once)
  })

  it('sends the same policy as headers, with what only a header can say', () => {
    const headers = siteHeaders(page)
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy(page, 'site')}; frame-ancestors 'none'`)
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/)
    expect(headers).toMatch(/Referrer-Policy: no-referrer/)
    expect(headers).toMatch(/Permissions-Policy: screen-wake-lock=\(self\), fullscreen=\(self\), camera=\(\)/)
  })

  it('keeps the hashed files a year, and only those', () => {
    expect(siteHeaders(page)).toMatch(/\n\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/)
  })
})

describe('the local server sends the site\'s cache policy', () => {
  it('a year for hashed files, a revalidation for the page and anything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-policy-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'export {}')
    const served = await serveStatic(dir)
    try {
      const asset = await fetch(`${served.url}assets/index-abc123.js`)
      const index = await fetch(served.url)
      const slide = await fetch(`${served.url}7`)
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(index.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      expect(slide.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    }
    finally {
      await served.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
