import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CONTEXT_PERMISSIONS, findChromium, launchOptions } from '../../scripts/lib/browser.mjs'

export { CONTEXT_PERMISSIONS }

/**
 * Launches the discovered Chromium (see scripts/lib/browser.mjs), headless.
 * Its contexts (and `newPage`'s) get CONTEXT_PERMISSIONS on top of their own.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch(launchOptions(await findChromium()))
  const newContext = browser.newContext.bind(browser)
  browser.newContext = (options = {}) => newContext({ ...options, permissions: [...CONTEXT_PERMISSIONS, ...options.permissions ?? []] })
  return browser
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

/** Records a page's console errors and warnings, and its uncaught errors, into `problems`. */
export function recordConsole(page: Page, problems: { errors: string[], warnings: string[] }): void {
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.errors.push(message.text())
    else if (message.type() === 'warning')
      problems.warnings.push(message.text())
  })
  page.on('pageerror', error => problems.errors.push(`pageerror: ${error.message}`))
}

/**
 * Records console errors and warnings, uncaught page errors, and every request
 * to a host other than loopback (such requests are also aborted, so a test
 * never waits on a network that is not there).
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], warnings: [], offHost: [] }
  recordConsole(page, problems)
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (isOnHost(url))
      return route.continue()
    problems.offHost.push(url)
    return route.abort()
  })
  return problems
}
