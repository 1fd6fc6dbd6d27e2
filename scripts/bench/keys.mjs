// @ts-check
/**
 * "Keys lost during load": the placeholder's input test run as a
 * measurement (scripts/lib/early-keys.mjs). On the slow link and a 4× slower
 * CPU, → is pressed twice 100 ms after the placeholder paints; the deck
 * should land on slide 3. Counts the keys that did not arrive (or arrived
 * twice) and how long after the first press the deck reached slide 3.
 */
import { pressDuringLoad } from '../lib/early-keys.mjs'
import { median, round, VIEWPORT } from './common.mjs'

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the deck's root, served gzipped
 * @param {number} runs
 */
export async function keysDuringLoad(browser, url, runs) {
  const results = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    results.push(await pressDuringLoad(page, url))
    await context.close()
  }
  return {
    runs: results,
    pressedEarly: results.filter(r => r.early).length,
    keysLost: results.reduce((sum, r) => sum + r.lost, 0),
    arrivedMs: round(median(results.map(r => r.arrivedMs)), 0),
  }
}
