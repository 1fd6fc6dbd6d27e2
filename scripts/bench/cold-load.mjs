// @ts-check
/**
 * One cold load of a deck's first slide, and the medians of several.
 *
 * A fresh browser context (empty cache) opens the deck. In the page, every
 * frame checks for a visible heading of slide 1: "visible" is the first such
 * frame (for ours the placeholder's copy or the app's slide, whichever comes
 * first; never earlier than first contentful paint), "app" the first frame
 * with the app's own slide 1, and "hand-over" the first frame with the app's
 * slide and no placeholder left: from then on a key goes straight to the
 * app. Also counted: the requests started before "visible" (and, on the slow
 * link, those done before it, with the bytes as sent), their raw and gzip
 * size (zlib level 6, computed here), requests off the host (the plain loads
 * abort and list them), and the layout shift (CLS) until the load settles.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { recordLayoutShift } from '../lib/layout-shift.mjs'
import { LIVE_SLIDE, PLACEHOLDER_ID } from '../lib/placeholder.mjs'
import { throttle as slowLink } from '../lib/throttle.mjs'
import { median, round, sleep, VIEWPORT } from './common.mjs'

/** A heading of slide 1, per deck: ours (its placeholder, or the app's slide), Slidev's starter, Marp's first section. */
export const HEADING = {
  ours: `:is(#${PLACEHOLDER_ID}, ${LIVE_SLIDE}) :is(h1, h2, h3)`,
  starter: `${LIVE_SLIDE} :is(h1, h2, h3)`,
  marp: 'section[id="1"] :is(h1, h2, h3)',
}
/** The app's own slide 1 heading (not the placeholder's). */
const APP_HEADING = `${LIVE_SLIDE} :is(h1, h2, h3)`
/** How long a load is watched for layout shifts after it settles. */
const SETTLE_MS = 1000

/**
 * @typedef {object} LoadOptions
 * @property {string} heading  selector of a heading of slide 1 (HEADING)
 * @property {boolean} [throttle] load over the slow link (../lib/throttle.mjs, the network only)
 * @property {boolean} [app] also time the app's own slide 1 (APP_HEADING) and wait for the placeholder to go
 */

/**
 * One cold load of the first slide: fresh context, empty cache.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} dist
 * @param {LoadOptions} options
 */
export async function coldLoad(browser, url, dist, { heading, throttle = false, app = false }) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  /** @type {string[]} */
  const offHost = []
  // Request interception would bypass the emulated link: the throttled loads go without it (the plain loads check the hosts).
  if (!throttle) {
    await context.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url())
      if (hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:' || protocol === 'file:')
        return route.continue()
      offHost.push(route.request().url())
      return route.abort()
    })
  }
  await context.addInitScript(recordLayoutShift)
  await context.addInitScript(({ heading, appHeading, placeholder }) => {
    const w = /** @type {any} */ (window)
    w.__benchVisible = 0
    w.__benchApp = 0
    w.__benchHandOver = 0
    const shown = (/** @type {Element | null} */ h) => h && h.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && h.getBoundingClientRect().width > 0
    const tick = () => {
      const now = performance.now()
      w.__benchVisible ||= shown(document.querySelector(heading)) ? now : 0
      w.__benchApp ||= shown(document.querySelector(appHeading)) ? now : 0
      w.__benchHandOver ||= w.__benchApp && !document.getElementById(placeholder) ? now : 0
      if (!w.__benchVisible || !w.__benchHandOver)
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }, { heading, appHeading: app ? APP_HEADING : heading, placeholder: PLACEHOLDER_ID })
  const page = await context.newPage()
  if (throttle)
    await slowLink(page, { cpu: false })
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => /** @type {any} */ (window).__benchVisible > 0 && /** @type {any} */ (window).__benchHandOver > 0, undefined, { timeout: 60_000, polling: 'raf' })
  await page.waitForLoadState('networkidle')
  await sleep(SETTLE_MS)
  const timing = await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    const visible = w.__benchVisible
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
    const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
    // The heading is detected in the frame before it is painted: never earlier than FCP.
    const painted = (/** @type {number} */ t) => Number.isFinite(fcp) ? Math.max(t, fcp) : t
    const done = resources.filter(r => r.responseEnd <= visible)
    const page = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])
    return { visible: painted(visible), app: painted(w.__benchApp), handOver: painted(w.__benchHandOver), cls: w.__cls, fcp, before: [location.href, ...resources.filter(r => r.startTime <= visible).map(r => r.name)], done: { count: done.length + 1, bytes: done.reduce((sum, r) => sum + r.encodedBodySize, page?.encodedBodySize ?? 0) } }
  })
  await context.close()
  let raw = 0
  let gzip = 0
  /** @type {string[]} */
  const files = []
  for (const u of timing.before) {
    const { pathname, hostname, protocol } = new URL(u)
    if (hostname !== '127.0.0.1' && protocol !== 'file:')
      continue
    const file = protocol === 'file:'
      ? fileURLToPath(u)
      : join(dist, pathname === '/' || !pathname.includes('.') ? 'index.html' : decodeURIComponent(pathname))
    const body = readFileSync(file)
    raw += body.length
    gzip += gzipSync(body).length
    files.push(file)
  }
  return { fcpMs: timing.fcp, visibleMs: timing.visible, appVisibleMs: timing.app, handOverMs: timing.handOver, cls: timing.cls, requests: timing.before.length, rawBytes: raw, gzipBytes: gzip, doneRequests: timing.done.count, doneBytes: timing.done.bytes, offHost, files }
}

/** @typedef {Awaited<ReturnType<typeof coldLoad>>} Load */

/**
 * Medians of a set of loads, with each run (rounded) for the record.
 * @param {Load[]} runs
 * @param {number} load the 1-minute load average they ran under
 */
export function summary(runs, load) {
  const mid = (/** @type {(r: Load) => number} */ pick) => median(runs.map(pick))
  return {
    runs: runs.map(({ files: _files, ...r }) => ({ ...r, fcpMs: round(r.fcpMs, 0), visibleMs: round(r.visibleMs, 0), appVisibleMs: round(r.appVisibleMs, 0), handOverMs: round(r.handOverMs, 0), cls: round(r.cls, 4) })),
    load,
    fcpMs: round(mid(r => r.fcpMs), 0),
    visibleMs: round(mid(r => r.visibleMs), 0),
    visibleRangeMs: [round(Math.min(...runs.map(r => r.visibleMs)), 0), round(Math.max(...runs.map(r => r.visibleMs)), 0)],
    appVisibleMs: round(mid(r => r.appVisibleMs), 0),
    handOverMs: round(mid(r => r.handOverMs), 0),
    clsMax: round(Math.max(...runs.map(r => r.cls)), 4),
    requests: mid(r => r.requests),
    rawBytes: mid(r => r.rawBytes),
    gzipBytes: mid(r => r.gzipBytes),
    doneRequests: mid(r => r.doneRequests),
    doneBytes: mid(r => r.doneBytes),
    offHost: runs[0]?.offHost ?? [],
  }
}
