// @ts-check
/**
 * How long a browser may keep the site's files: the one policy that the
 * site's `_headers` asks its host for (scripts/lib/csp.mjs) and that the local
 * static server sends (scripts/lib/static-server.mjs), so that timings taken
 * here see what a visitor's browser sees.
 *
 * Files under assets/ carry a content hash in their names (Vite's output):
 * a changed file is a new name, so they are kept for a year and never
 * revalidated. Everything else (index.html, the PDF, _headers) is
 * revalidated on every visit, as Netlify and GitHub Pages do by default.
 * A browser then reuses a file it already fetched for the same page (a font
 * that was preloaded is not fetched again for the app's stylesheet).
 */

/** Folder of the build whose file names carry a content hash. */
export const HASHED_DIR = 'assets/'

/** Cache-Control for files under HASHED_DIR. */
export const HASHED_CACHE = 'public, max-age=31536000, immutable'

/** Cache-Control for every other file. */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate'

const LEADING_SLASHES = /^\/+/

/**
 * Cache-Control for a path relative to the site's base ("assets/x.js", "index.html").
 * @param {string} path
 */
export function cacheControl(path) {
  return path.replace(LEADING_SLASHES, '').startsWith(HASHED_DIR) ? HASHED_CACHE : PAGE_CACHE
}
