// @ts-check
/**
 * The built deck, served and opened in Chromium, for the scripts that look at
 * it (`npm run shots`, `npm run words`): builds into a temporary folder unless
 * `dir` names an existing build, serves it on 127.0.0.1, reads the slides with
 * Slidev's parser and launches the browser from the one finder.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { findChromium, launchOptions } from './browser.mjs'
import { serveStatic } from './static-server.mjs'

/** Past any slide's last click: Slidev clamps it to the final state. */
export const LAST_CLICK = 99

/**
 * @param {{ dir?: string }} [options] dir: a build to reuse
 */
export async function openBuiltDeck(options = {}) {
  const require = createRequire(import.meta.url)
  const built = options.dir ? undefined : mkdtempSync(join(tmpdir(), 'deck-look-'))
  if (built)
    execFileSync(process.execPath, [require.resolve('@slidev/cli/bin/slidev.mjs'), 'build', '--out', built], { stdio: 'inherit' })
  const server = await serveStatic(options.dir ?? /** @type {string} */ (built))
  const browser = await chromium.launch(launchOptions(await findChromium()))
  const root = process.cwd()
  const { slides } = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
  return {
    url: server.url,
    slides,
    browser,
    async close() {
      await browser.close()
      await server.close()
      if (built)
        rmSync(built, { recursive: true, force: true })
    },
  }
}

/**
 * Opens a URL of the deck in the page and waits until slide `no` is visible,
 * fonts are loaded, diagrams are drawn, and nothing animates any more
 * (the animation wait is capped at a few seconds). A slide that is not
 * preloaded mounts its content late: with `diagram`, wait for its SVG first.
 * The one "slide is drawn" wait, for the tests (tests/support/navigate.ts)
 * and the scripts.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {number} no
 * @param {{ diagram?: boolean }} [options]
 */
export async function openSettled(page, url, no, options = {}) {
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
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))))
}

/**
 * Opens slide `no` at its last click state and waits until it is drawn (openSettled).
 * @param {import('playwright-core').Page} page
 * @param {string} url the deck's URL
 * @param {import('@slidev/types').SlideInfo} slide
 */
export async function openFinalState(page, url, slide) {
  const no = slide.index + 1
  await openSettled(page, `${url}#/${no}?clicks=${LAST_CLICK}`, no, { diagram: Boolean(slide.frontmatter.diagram) })
}
