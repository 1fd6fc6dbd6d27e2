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
 * Opens slide `no` at its last click state and waits until it is drawn: fonts
 * loaded and, on a slide with `diagram:` in its frontmatter, the diagram's SVG.
 * @param {import('playwright-core').Page} page
 * @param {string} url the deck's URL
 * @param {import('@slidev/types').SlideInfo} slide
 */
export async function openFinalState(page, url, slide) {
  const no = slide.index + 1
  await page.goto(`${url}#/${no}?clicks=${LAST_CLICK}`)
  await page.locator(`.slidev-page-${no}`).waitFor()
  if (slide.frontmatter.diagram)
    await page.locator(`.slidev-page-${no} .mermaid svg`).first().waitFor({ timeout: 20_000 })
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(300)
}
