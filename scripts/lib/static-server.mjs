// @ts-check
/**
 * A plain static file server for timings and screenshots: sirv with no
 * compression and no cache headers, index.html for unknown paths (so a
 * history-routed deck, such as the starter, opens on any slide URL).
 */
import { createServer } from 'node:http'
import sirv from 'sirv'

/**
 * Serves `dir` on 127.0.0.1 on a free port.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} origin URL ending in "/"
 */
export async function serveStatic(dir) {
  const files = sirv(dir, { dev: true, single: true, etag: false, gzip: false, brotli: false })
  const server = createServer((req, res) => files(req, res))
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => server.close(() => resolve(undefined))),
  }
}
