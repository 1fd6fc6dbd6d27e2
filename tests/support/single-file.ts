import type { BrowserContext, Page } from 'playwright-core'
import { recordConsole } from './browser'

/** What a page opened from the single file did that it must never do. */
export interface FileProblems {
  /** Requests to anything but the file itself and in-page data:/blob: URLs (network ones are aborted). */
  outside: string[]
  /** Requests that failed, with the reason. */
  failed: string[]
  errors: string[]
  warnings: string[]
}

const IN_PAGE = /^(?:data|blob|about):/
const NETWORK = /^(?!file:|data:|blob:|about:)/

/** The URL without its fragment: every slide of the file is the same document. */
function document(url: string): string {
  return url.split('#')[0]!
}

/**
 * Aborts every request of a context that is not file:, data: or blob: (so a
 * test never waits on a network that is not there); they are counted by
 * `watchFilePage`, which sees every request.
 */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(NETWORK, route => route.abort())
}

/**
 * Records, for a page of the single file at `fileUrl`: every request other
 * than the file itself (another file: URL, or any network URL), every failed
 * request, and console errors and warnings.
 */
export async function watchFilePage(page: Page, fileUrl: string): Promise<FileProblems> {
  const problems: FileProblems = { outside: [], failed: [], errors: [], warnings: [] }
  page.on('request', (request) => {
    const url = request.url()
    if (!IN_PAGE.test(url) && document(url) !== document(fileUrl))
      problems.outside.push(url)
  })
  page.on('requestfailed', request => problems.failed.push(`${request.url().slice(0, 120)}: ${request.failure()?.errorText}`))
  await recordConsole(page, problems)
  return problems
}

const TAG_REFERENCE = /<(script|link|img|iframe|source|video|audio)\b[^>]*?\s(?:src|href)="([^"]*)"/gi
const CSS_REFERENCE = /url\(\s*["']?([^"')]*)|@import\s+["']([^"']+)/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const INLINE = /^(?:data:|#|$)/
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?<\/script>/gi

/**
 * What the HTML would load from elsewhere: `src`/`href` of script, link, img,
 * iframe and media tags, and `url()`/`@import` in its styles, that are not
 * data: URLs or fragments. Links (`<a href>`) are not loads; the code inside
 * inline scripts is not markup and is left out (the browser run checks it).
 */
export function externalReferences(html: string): string[] {
  const markup = html.replace(SCRIPT_BODY, '$1</script>')
  const tags = Array.from(markup.matchAll(TAG_REFERENCE), ([, tag, ref]) => `<${tag}> ${ref}`)
    .filter(ref => !INLINE.test(ref.split('> ')[1]!))
  const css = Array.from(markup.matchAll(STYLE), ([, style]) => Array.from(style!.matchAll(CSS_REFERENCE), ([, url, imported]) => url ?? imported ?? ''))
    .flat()
    .filter(ref => !INLINE.test(ref.trim()))
    .map(ref => `css ${ref.slice(0, 120)}`)
  return [...tags, ...css]
}
