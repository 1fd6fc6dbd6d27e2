// @ts-check
/**
 * Runs the Slidev CLI with the discovered Chromium, so `npm run export`
 * works with whatever browser this machine has (see scripts/lib/browser.mjs).
 *
 *   node scripts/slidev.mjs export [slidev flags…]
 *   node scripts/slidev.mjs export-notes [slidev flags…]
 *
 * `export` gets `--executable-path`. `export-notes` has no such flag, so when
 * the browser is not Playwright's own, a temporary folder mimicking
 * Playwright's browser cache (a symlink named as the headless shell) is made
 * and passed as PLAYWRIGHT_BROWSERS_PATH; it is removed afterwards.
 * The browser's own environment (the npm-shipped one's font set-up) is passed
 * on to Slidev, which launches it.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserNotFoundError, findChromium } from './lib/browser.mjs'

const require = createRequire(import.meta.url)

/**
 * A folder laid out like Playwright's browser cache, whose headless shell is
 * the given browser.
 * @param {string} browserPath
 */
export function makeBrowserCache(browserPath) {
  // browsers.json is not in playwright-core's "exports": find it beside package.json.
  const browsersJson = join(dirname(require.resolve('playwright-core/package.json')), 'browsers.json')
  /** @type {{ browsers: { name: string, revision: string }[] }} */
  const { browsers } = JSON.parse(readFileSync(browsersJson, 'utf8'))
  const shell = browsers.find(b => b.name === 'chromium-headless-shell')
  if (!shell)
    throw new Error(`playwright-core's ${browsersJson} lists no chromium-headless-shell`)
  const root = mkdtempSync(join(tmpdir(), 'deck-browsers-'))
  const binary = join(root, `chromium_headless_shell-${shell.revision}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell')
  mkdirSync(dirname(binary), { recursive: true })
  symlinkSync(browserPath, binary)
  return root
}

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  if (!command) {
    console.error('usage: node scripts/slidev.mjs <export|export-notes|…> [flags]')
    process.exit(2)
  }
  /** @type {Awaited<ReturnType<typeof findChromium>>} */
  let browser
  try {
    browser = await findChromium()
  }
  catch (error) {
    console.error(error instanceof BrowserNotFoundError ? error.message : String(error))
    process.exit(1)
  }
  const args = [command, ...rest]
  const env = { ...process.env, ...browser.env }
  let cache
  if (command === 'export' && !rest.some(a => a.startsWith('--executable-path')))
    args.push('--executable-path', browser.path)
  if (command === 'export-notes' && browser.origin !== 'playwright') {
    cache = makeBrowserCache(browser.path)
    env.PLAYWRIGHT_BROWSERS_PATH = cache
  }
  const slidev = require.resolve('@slidev/cli/bin/slidev.mjs')
  // The PDFs are tagged (structure tree, outline): see scripts/lib/tagged-pdf.mjs.
  const tagged = command.startsWith('export') ? ['--import', pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'lib', 'tagged-pdf.mjs')).href] : []
  const child = spawn(process.execPath, [...tagged, slidev, ...args], { stdio: 'inherit', env })
  const code = await new Promise(resolve => child.on('close', resolve))
  if (cache)
    rmSync(cache, { recursive: true, force: true })
  process.exit(typeof code === 'number' ? code : 1)
}

main()
