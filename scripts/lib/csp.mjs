// @ts-check
/**
 * The Content-Security-Policy of every built output, so that the browser
 * itself keeps the offline promise: nothing loads from another host, even if
 * a later change (or an update of Slidev or Mermaid) tries to.
 *
 * - The site (`npm run build`, `build:public`, every `slidev build`): only its
 *   own origin, and for inline scripts (the first-slide placeholder's) the
 *   hash of each, computed from the finished index.html.
 * - The single file (`npm run build:single`): it has no origin to trust
 *   (file://), so nothing is allowed but what it carries: each inline script
 *   by its hash, data: fonts and images, no connection at all.
 *
 * Styles are `'unsafe-inline'` in both, because the deck cannot work without
 * it: Mermaid writes each diagram's `<style>` and `style="…"` attributes into
 * the SVG it draws, Vue binds inline styles, and the single file's CSS is
 * inlined. Style can paint but not fetch: `img-src`/`font-src` still block
 * any url() to another host.
 *
 * `frame-ancestors` cannot be set in a <meta> (browsers ignore it there and
 * say so in the console): the Netlify header sends it (netlify.toml).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { HASHED_CACHE, HASHED_DIR } from './cache-policy.mjs'

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi
const HEAD_OPEN = /<head\b[^>]*>/i
const EXISTING = /\n?<meta http-equiv="Content-Security-Policy"[^>]*>/i

/**
 * The sha256 source expression of each inline script of the HTML, in order.
 * @param {string} html
 * @returns {string[]} `'sha256-…'` expressions
 */
export function inlineScriptHashes(html) {
  return [...new Set(Array.from(html.matchAll(INLINE_SCRIPT), ([, body]) => `'sha256-${createHash('sha256').update(/** @type {string} */ (body)).digest('base64')}'`))]
}

/**
 * The policy for an output.
 * @param {string} html the finished page
 * @param {'site' | 'single'} kind
 * @returns {string} the policy, directives separated by "; "
 */
export function contentSecurityPolicy(html, kind) {
  const scripts = inlineScriptHashes(html)
  const self = kind === 'site' ? ['\'self\''] : []
  const directives = {
    'default-src': kind === 'site' ? ['\'self\''] : ['\'none\''],
    'script-src': [...self, ...scripts],
    'style-src': [...self, '\'unsafe-inline\''],
    'img-src': [...self, 'data:', 'blob:'],
    'font-src': [...self, 'data:'],
    'connect-src': kind === 'site' ? ['\'self\''] : ['\'none\''],
    'object-src': ['\'none\''],
    'base-uri': ['\'none\''],
    'form-action': ['\'none\''],
  }
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.length ? sources.join(' ') : '\'none\''}`).join('; ')
}

/**
 * The HTML with its policy as the first element of <head> (replacing one a
 * previous pass wrote).
 * @param {string} html
 * @param {'site' | 'single'} kind
 * @returns {string} the page with its policy
 */
export function withContentSecurityPolicy(html, kind) {
  const page = html.replace(EXISTING, '')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page, kind)}">`
  if (!HEAD_OPEN.test(page))
    throw new Error('withContentSecurityPolicy: the page has no <head>')
  return page.replace(HEAD_OPEN, open => `${open}\n${meta}`)
}

/**
 * What the browser may let the deck do (Permissions-Policy): keep the screen
 * awake and go full screen, from its own pages; nothing else it does not use.
 */
export const PERMISSIONS_POLICY = 'screen-wake-lock=(self), fullscreen=(self), camera=(), microphone=(), geolocation=(), usb=(), payment=(), interest-cohort=()'

/**
 * The response headers a host that can send them should send with the site
 * (Netlify reads them from `_headers` in the published folder): the same
 * policy as the page's <meta>, plus what only a header can say, and the
 * year-long cache of the hashed files (scripts/lib/cache-policy.mjs).
 * @param {string} html the finished index.html
 * @returns {string} the `_headers` file
 */
export function siteHeaders(html) {
  return [
    '# Written by scripts/lib/csp.mjs at build time: the policy hashes this build\'s inline scripts.',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(html, 'site')}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    `/${HASHED_DIR}*`,
    `  Cache-Control: ${HASHED_CACHE}`,
    '',
  ].join('\n')
}

/**
 * Writes the site's policy into the built pages of `dir` (index.html, and
 * Slidev's 404.html, a copy of it), after everything else has changed them,
 * and the same as response headers into `_headers`.
 * @param {string} dir
 * @returns {number} how many pages got it
 */
export function addSitePolicy(dir) {
  let pages = 0
  for (const name of ['index.html', '404.html']) {
    const file = join(dir, name)
    if (!existsSync(file))
      continue
    writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8'), 'site'))
    pages++
  }
  if (pages)
    writeFileSync(join(dir, '_headers'), siteHeaders(readFileSync(join(dir, 'index.html'), 'utf8')))
  return pages
}
