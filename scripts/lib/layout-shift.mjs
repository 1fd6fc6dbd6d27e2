// @ts-check
/**
 * Cumulative layout shift of a page load, as one recorder for the bench and
 * the tests: `recordLayoutShift` goes to `addInitScript` (Playwright sends its
 * source, so it uses nothing outside itself) and sums every shift not caused
 * by input into `window.__cls`; `layoutShift(page)` reads the sum.
 *
 *   await page.addInitScript(recordLayoutShift)
 *   await page.goto(url)
 *   expect(await layoutShift(page)).toBe(0)
 */

/** In the page, before anything loads: sums the layout shifts into `window.__cls`. */
export function recordLayoutShift() {
  const w = /** @type {any} */ (window)
  w.__cls = 0
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      if (!entry.hadRecentInput)
        w.__cls += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

/**
 * The layout shift recorded so far.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>} the sum of the shifts (CLS of the load)
 */
export function layoutShift(page) {
  return page.evaluate(() => /** @type {any} */ (window).__cls)
}
