import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { findChromium, launchOptions } from '../../scripts/lib/browser.mjs'

/**
 * Launches the discovered Chromium (see scripts/lib/browser.mjs), headless.
 * Its contexts get no permission a visitor's browser would not give a page
 * on its own (no screen wake lock, for one: WebKit and a headless Chromium
 * refuse it without a user gesture).
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions(await findChromium()))
}

/** What a page did that a slide must never do. */
export interface PageProblems {
  errors: string[]
  warnings: string[]
  offHost: string[]
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** True for URLs the deck may load: loopback hosts and in-page data/blob URLs. */
export function isOnHost(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
    return true
  return LOOPBACK.has(hostname)
}

/** The binding the in-page recorder reports through (page.exposeBinding). */
const REPORT = '__deckReport'

/**
 * Runs in the page before any of its own scripts (addInitScript): reports
 * what a visitor's error tracker would see, which CDP does not always say:
 * `error` events on window (a ResizeObserver loop, a script error, and, in
 * the capture phase, a resource that failed to load), unhandled promise
 * rejections, Content-Security-Policy violations, and console.error and
 * console.warn calls. Self-contained: it is serialised into the page.
 */
function inPageRecorder(report: string): void {
  const send = (kind: 'error' | 'warning', text: string) => (window as unknown as Record<string, (k: string, t: string) => void>)[report]?.(kind, text)
  window.addEventListener('error', (event) => {
    const target = event.target as Element | null
    if (target && target !== (window as unknown) && 'tagName' in target)
      send('error', `in page: failed to load <${target.tagName.toLowerCase()}> ${(target as HTMLImageElement).src || (target as HTMLLinkElement).href || ''}`)
    else
      send('error', `in page: error: ${event.message}`)
  }, true)
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { name?: string, message?: string } | undefined
    send('error', `in page: unhandled rejection: ${reason?.name ?? ''} ${reason?.message ?? String(event.reason)}`)
  })
  window.addEventListener('securitypolicyviolation', event => send('error', `in page: CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`))
  for (const [level, kind] of [['error', 'error'], ['warn', 'warning']] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => {
      send(kind, `in page: console.${level}: ${args.map(String).join(' ')}`)
      original(...args)
    }
  }
}

/**
 * Records into `problems` a page's console errors and warnings and its
 * uncaught errors, as Playwright reports them, and the same as the page
 * itself sees them, through a recorder installed before any of its scripts
 * (see inPageRecorder): the one error record of every built-deck test.
 */
export async function recordConsole(page: Page, problems: { errors: string[], warnings: string[] }): Promise<void> {
  page.on('console', (message) => {
    if (message.text().startsWith('in page: '))
      return
    if (message.type() === 'error')
      problems.errors.push(message.text())
    else if (message.type() === 'warning')
      problems.warnings.push(message.text())
  })
  page.on('pageerror', error => problems.errors.push(`pageerror: ${error.message}`))
  await page.exposeBinding(REPORT, (_source, kind: 'error' | 'warning', text: string) => {
    (kind === 'error' ? problems.errors : problems.warnings).push(text)
  })
  await page.addInitScript(inPageRecorder, REPORT)
}

/**
 * Records console errors and warnings, uncaught page errors, and every request
 * to a host other than loopback (such requests are also aborted, so a test
 * never waits on a network that is not there).
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], warnings: [], offHost: [] }
  await recordConsole(page, problems)
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (isOnHost(url))
      return route.continue()
    problems.offHost.push(url)
    return route.abort()
  })
  return problems
}
