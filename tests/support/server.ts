import { serveStatic } from '../../scripts/lib/static-server.mjs'

export interface Served {
  /** Origin plus base path, ending in "/". */
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck on 127.0.0.1 on a free port (scripts/lib/static-server.mjs).
 * `spa` adds the index.html fallback; without it the server is a plain
 * static one. The folder is mounted under `base` (default "/").
 */
export function serve(dir: string, options: { spa?: boolean, base?: string } = {}): Promise<Served> {
  return serveStatic(dir, { spa: options.spa ?? false, base: options.base })
}
