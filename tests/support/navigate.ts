import type { Page } from 'playwright-core'

const SLIDE_IN_HASH = /#\/(\d+)/

/** Slide number of a hash-routed deck URL (`…#/7?clicks=2` → 7), or 0. */
export function slideNumber(url: string): number {
  return Number(SLIDE_IN_HASH.exec(url)?.[1] ?? 0)
}

/** How long a key press may take to change the URL before the walk ends. */
const STEP_TIMEOUT_MS = 1500

/**
 * The URL of every slide's final click state, found the way a presenter gets
 * there: from the first slide, ArrowRight until the URL stops changing; the
 * last URL seen on slide N (e.g. `#/N?clicks=3`) is its final state.
 * Returns them by slide number (index 0 is slide 1).
 */
export async function finalClickUrls(page: Page, deckUrl: string): Promise<string[]> {
  await page.goto(`${deckUrl}#/1`)
  await page.locator('.slidev-page-1').waitFor()
  await page.waitForLoadState('networkidle')
  const finals: string[] = []
  let current = page.url()
  for (let step = 0; step < 2000; step++) {
    const before = current
    await page.keyboard.press('ArrowRight')
    try {
      await page.waitForURL(u => u.toString() !== before, { timeout: STEP_TIMEOUT_MS })
    }
    catch {
      break
    }
    current = page.url()
    if (slideNumber(current) !== slideNumber(before))
      finals[slideNumber(before) - 1] = before
  }
  finals[slideNumber(current) - 1] = current
  return finals
}

/**
 * Opens a URL of the deck in the page and waits until slide `no` is visible,
 * fonts are loaded, diagrams are drawn, and nothing animates any more
 * (the animation wait is capped at a few seconds).
 */
export async function openSettled(page: Page, url: string, no: number): Promise<void> {
  await page.goto(url)
  await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(
    () => document.getAnimations().every(a => a.playState !== 'running'),
    undefined,
    { timeout: 5000, polling: 50 },
  ).catch(() => {})
  await page.waitForLoadState('networkidle')
  // Diagrams render asynchronously into shadow roots: wait for their svg (or error).
  await page.waitForFunction(
    n => [...document.querySelectorAll(`.slidev-page-${n} .mermaid`)].every(m => m.shadowRoot?.querySelector('svg') || m.matches('pre')),
    no,
    { timeout: 10_000, polling: 100 },
  )
  // Two frames, so async renders (Mermaid) and layout have landed.
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}
