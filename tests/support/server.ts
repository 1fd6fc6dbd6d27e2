import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface Served {
  /** Origin plus base path, ending in "/". */
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck on 127.0.0.1 on a free port with sirv. `spa` adds the
 * index.html fallback; without it the server is a plain static one. The
 * folder is mounted under `base` (default "/").
 */
export async function serve(dir: string, options: { spa?: boolean, base?: string } = {}): Promise<Served> {
  const base = options.base ?? '/'
  const files = sirv(dir, { dev: true, single: options.spa ?? false, etag: false })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.statusCode = 404
      res.end('outside base')
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
