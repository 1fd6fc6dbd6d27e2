// @ts-check
/**
 * Screenshots of every slide at its last click state, to look at what you
 * build: `npm run shots` (light), `npm run shots -- --dark`,
 * `npm run shots -- --slides 3,15 --dir dist` (reuse a build).
 * Builds the deck into a temporary folder unless --dir is given, serves it on
 * 127.0.0.1 and writes PNGs (1280×720) to screenshots/ (gitignored).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { findChromium, launchOptions } from './lib/browser.mjs'
import { serveStatic } from './lib/static-server.mjs'

const { values } = parseArgs({
  options: {
    dark: { type: 'boolean', default: false },
    slides: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
  },
})

/** Past any slide's last click: Slidev clamps it to the final state. */
const LAST_CLICK = 99

const require = createRequire(import.meta.url)
const built = values.dir ? undefined : mkdtempSync(join(tmpdir(), 'deck-shots-'))
if (built)
  execFileSync(process.execPath, [require.resolve('@slidev/cli/bin/slidev.mjs'), 'build', '--out', built], { stdio: 'inherit' })
const server = await serveStatic(values.dir ?? /** @type {string} */ (built))
const browser = await chromium.launch(launchOptions(await findChromium()))
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
const scheme = values.dark ? 'dark' : 'light'
await context.addInitScript(s => localStorage.setItem('slidev-color-schema', s), scheme)
const page = await context.newPage()
page.on('console', (message) => {
  if (['error', 'warning'].includes(message.type()))
    console.error(`console ${message.type()}: ${message.text()}`)
})

const root = process.cwd()
const { slides } = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
const chosen = values.slides?.split(',').map(Number) ?? slides.map((_, i) => i + 1)
mkdirSync(values.out, { recursive: true })
let written = 0
for (const no of chosen) {
  await page.goto(`${server.url}#/${no}?clicks=${LAST_CLICK}`)
  const slide = page.locator(`.slidev-page-${no}`)
  await slide.waitFor()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(values.out, `${scheme}-${String(no).padStart(2, '0')}.png`) })
  written++
}
console.log(`${written} screenshots (${scheme}) in ${values.out}/`)
await browser.close()
await server.close()
if (built)
  rmSync(built, { recursive: true, force: true })
