// @ts-check
/**
 * A plain static file server for timings and screenshots: sirv with no cache
 * headers, index.html for unknown paths (so a history-routed deck, such as
 * the starter, opens on any slide URL). No compression, unless `gzip`: then
 * every text file is gzipped beside itself first (`precompress`) and sent
 * gzipped to a browser that accepts it, as GitHub Pages and Netlify do.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'

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
 * Serves `dir` on 127.0.0.1 on a free port.
 * @param {string} dir
 * @param {{ gzip?: boolean }} [options] gzip: precompress `dir` and serve the .gz files
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} origin URL ending in "/"
 */
export async function serveStatic(dir, { gzip = false } = {}) {
  if (gzip)
    precompress(dir)
  const files = sirv(dir, { dev: true, single: true, etag: false, gzip, brotli: false })
  const server = createServer((req, res) => files(req, res))
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => server.close(() => resolve(undefined))),
  }
}
