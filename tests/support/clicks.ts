import type { Page } from 'playwright-core'

const SLIDE_IN_HASH = /#\/(\d+)/

/** Slide number of a hash-routed deck URL (`…#/7?clicks=2` → 7), or 0. */
export function slideNumber(url: string): number {
  return Number(SLIDE_IN_HASH.exec(url)?.[1] ?? 0)
}

/**
 * Walks the deck from slide 1 with ArrowRight until the URL stops changing
 * and returns every URL seen: one per click state (`#/2`, `#/2?clicks=1`, …),
 * the same states a `--with-clicks` export prints as pages.
 */
export async function walkClickStates(page: Page, url: string, maxSteps = 1000): Promise<string[]> {
  await page.goto(`${url}#/1`)
  await page.locator('.slidev-page-1').waitFor()
  await page.waitForLoadState('networkidle')
  const visited = [page.url()]
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(80)
    if (page.url() === visited.at(-1)) {
      // A busy machine may be slow to move on: look once more before stopping.
      await page.waitForTimeout(500)
      if (page.url() === visited.at(-1))
        break
    }
    visited.push(page.url())
    const arrived = slideNumber(page.url())
    if (arrived !== slideNumber(visited.at(-2)!)) {
      // A new slide registers its clicks when it mounts: a presenter waits for it, so do we.
      await page.locator(`.slidev-page-${arrived}`).waitFor()
      await page.waitForLoadState('networkidle')
    }
  }
  return visited
}
