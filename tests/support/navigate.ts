import type { Page } from 'playwright-core'
import { slideNumber } from './clicks'

export { slideNumber }

const CLICKS_IN_HASH = /[?&]clicks=(\d+)/

/** Click state of a deck URL (`…#/7?clicks=2` → 2), or 0. */
export function clickNumber(url: string): number {
  return Number(CLICKS_IN_HASH.exec(url)?.[1] ?? 0)
}

/**
 * The URL of every slide's final click state, from the URLs of a walk
 * through all click states (`walkClickStates`): the last URL seen on slide N
 * (e.g. `#/N?clicks=3`) is its final state. Index 0 is slide 1.
 */
export function finalClickUrls(states: readonly string[]): string[] {
  const finals: string[] = []
  for (const url of states)
    finals[slideNumber(url) - 1] = url
  return finals
}

/**
 * Opens a URL of the deck in the page and waits until slide `no` is visible,
 * fonts are loaded, diagrams are drawn, and nothing animates any more
 * (the animation wait is capped at a few seconds). A slide that is not
 * preloaded mounts its content late: with `diagram`, wait for its SVG first.
 */
export async function openSettled(page: Page, url: string, no: number, options: { diagram?: boolean } = {}): Promise<void> {
  await page.goto(url)
  await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
  if (options.diagram)
    await page.locator(`.slidev-page-${no} .mermaid svg`).first().waitFor({ timeout: 20_000 })
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
