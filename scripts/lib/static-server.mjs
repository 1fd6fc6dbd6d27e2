// @ts-check
/**
 * A plain static file server for timings: no compression, no caching headers
 * beyond the defaults, index.html for "/" and for unknown paths without a
 * file extension (so a history-routed deck opens on any slide URL).
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
})

const PARENT_SEGMENTS = /^(?:\.\.[/\\])+/

/**
 * Serves `dir` on 127.0.0.1 on a free port.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} origin URL ending in "/"
 */
export async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = join(dir, normalize(pathname).replace(PARENT_SEGMENTS, ''))
    const isFile = (/** @type {string} */ f) => {
      try {
        return statSync(f).isFile()
      }
      catch {
        return false
      }
    }
    if (!isFile(file))
      file = extname(pathname) ? '' : join(dir, 'index.html')
    if (!file || !isFile(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size })
    createReadStream(file).pipe(res)
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
