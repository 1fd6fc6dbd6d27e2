// @ts-check
/**
 * The presenter who presses → before the deck is ready: the scenario the
 * placeholder's input tests (tests/e2e/placeholder.test.ts) and `npm run
 * bench` ("keys lost during load") both run. The page is put on the slow link
 * and the slow CPU (./throttle.mjs), opened at the deck's root, and, once the
 * placeholder is painted (its fonts in), waited on for `afterMs`; then the
 * input is given and the deck is left to land.
 */
import { LIVE_SLIDE, NAV_KEYS, PLACEHOLDER_ID, READY_CLASS } from './placeholder.mjs'
import { throttle } from './throttle.mjs'

const SLIDE = /^#\/(\d+)/

/**
 * Opens the deck's root on the slow link and CPU, and waits until the
 * placeholder is painted and `afterMs` more.
 * @param {import('playwright-core').Page} page a fresh page (its context's cache empty)
 * @param {string} url the deck's root
 * @param {number} [afterMs] default 100
 * @returns {Promise<boolean>} whether the app had not drawn slide 1 yet (the input comes early)
 */
export async function openDuringLoad(page, url, afterMs = 100) {
  await throttle(page)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(cls => document.documentElement.classList.contains(cls), READY_CLASS, { polling: 20, timeout: 60_000 })
  await page.waitForTimeout(afterMs)
  return page.evaluate(live => !document.querySelector(live), LIVE_SLIDE)
}

/**
 * @param {import('playwright-core').Page} page a fresh page (its context's cache empty)
 * @param {string} url the deck's root
 * @param {{ keys?: string[], afterMs?: number, landMs?: number }} [options]
 *   keys (default → →); afterMs after the paint (default 100); landMs: how
 *   long the deck is given to land once the placeholder is gone (default 1500)
 */
export async function pressDuringLoad(page, url, { keys = ['ArrowRight', 'ArrowRight'], afterMs = 100, landMs = 1500 } = {}) {
  const early = await openDuringLoad(page, url, afterMs)
  const pressedAt = Date.now()
  for (const key of keys)
    await page.keyboard.press(key)
  const said = await page.locator(`#${PLACEHOLDER_ID} [role="status"]`).textContent({ timeout: 1000 }).catch(() => null)
  await page.waitForFunction(id => !document.getElementById(id), PLACEHOLDER_ID, { polling: 20, timeout: 60_000 })
  const wanted = 1 + keys.reduce((n, key) => n + (NAV_KEYS.forward.includes(key) ? 1 : -1), 0)
  const landed = async () => Number(SLIDE.exec(new URL(page.url()).hash)?.[1] ?? 1)
  const deadline = Date.now() + landMs * 4
  while (await landed() !== wanted && Date.now() < deadline)
    await page.waitForTimeout(50)
  const arrivedMs = Date.now() - pressedAt
  // Nowhere further: a key replayed twice would show here.
  await page.waitForTimeout(landMs)
  const slide = await landed()
  return { early, said, wanted, slide, lost: Math.abs(wanted - slide), arrivedMs }
}
