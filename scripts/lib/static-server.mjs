// @ts-check
/**
 * The one static file server (timings, screenshots, the placeholder's capture,
 * the tests): sirv, with the cache headers the site asks its host for
 * (scripts/lib/cache-policy.mjs), index.html for unknown paths unless
 * told otherwise (so a history-routed deck, such as the starter, opens on any
 * slide URL), mounted under a base path if asked. No compression, unless `gzip`: then
 * every text file is gzipped beside itself first (`precompress`) and sent
 * gzipped to a browser that accepts it, as GitHub Pages and Netlify do.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'
import { cacheControl } from './cache-policy.mjs'

/** Files a static host compresses (fonts and images are compressed already). */
const TEXT_FILE = /\.(?:html|m?js|css|svg|json|txt|xml|map)$/

/**
 * Writes `<file>.gz` (zlib level 6) beside every text file under `dir`.
 * @param {string} dir
 * @returns {number} how many files were compressed
 */
export function precompress(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && TEXT_FILE.test(entry.name))
    .map(entry => join(entry.parentPath, entry.name))
  for (const file of files)
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }))
  return files.length
}

/**
 * Serves `dir` on 127.0.0.1 on a free port, mounted under `base`.
 * @param {string} dir
 * @param {{ gzip?: boolean, spa?: boolean, base?: string }} [options]
 *   gzip: precompress `dir` and serve the .gz files; spa (default true):
 *   index.html for unknown paths, else a plain 404; base (default "/"):
 *   the path the folder is served under, anything outside it a 404
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} origin plus base, ending in "/"
 */
export async function serveStatic(dir, { gzip = false, spa = true, base = '/' } = {}) {
  if (gzip)
    precompress(dir)
  const files = sirv(dir, { dev: true, single: spa, etag: false, gzip, brotli: false })
  const notFound = (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ why) => {
    res.statusCode = 404
    res.end(why)
  }
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (!path.startsWith(base))
      return notFound(res, 'outside base')
    req.url = `/${path.slice(base.length)}`
    // sirv's dev mode (it reads the folder on every request) says no-store: the host's policy instead.
    const cache = cacheControl(req.url)
    const writeHead = res.writeHead.bind(res)
    res.writeHead = /** @type {any} */ ((/** @type {number} */ code, /** @type {import("node:http").OutgoingHttpHeaders} */ headers = {}) => writeHead(code, { ...headers, 'Cache-Control': cache }))
    files(req, res, () => notFound(res, 'not found'))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve(undefined))),
  }
}
