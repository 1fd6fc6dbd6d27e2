// @ts-check
/**
 * Finds a Chromium for every script and test that needs one, in this order:
 * 1. the CHROMIUM_PATH environment variable;
 * 2. known system installs (Debian/Ubuntu chromium, Google Chrome, macOS apps);
 * 3. the browser Playwright installed (`npx playwright install chromium`).
 * When none exists, `findChromium()` throws a BrowserNotFoundError whose
 * message is one line saying how to get one.
 *
 * CLI: `node scripts/lib/browser.mjs` prints the path (exit 1 with the message).
 */
import { existsSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const ENV_VAR = 'CHROMIUM_PATH'

export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

/**
 * Flags that keep Chromium from reaching out to the network or hanging on a
 * closed one; used by every launch in the project.
 */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export class BrowserNotFoundError extends Error {
  /** @override */
  name = 'BrowserNotFoundError'
}

/**
 * @typedef {object} FindOptions
 * @property {Record<string, string | undefined>} [env] environment to read (default: process.env)
 * @property {readonly string[]} [systemPaths] candidate install paths (default: SYSTEM_PATHS)
 * @property {(path: string) => boolean} [exists] file check (default: fs.existsSync)
 * @property {() => Promise<string | undefined>} [playwrightPath] Playwright's own browser path
 */

/** @returns {Promise<string | undefined>} where Playwright installs its Chromium, if playwright-core is there */
async function defaultPlaywrightPath() {
  try {
    const { chromium } = await import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/**
 * @param {FindOptions} [options]
 * @returns {Promise<{ path: string, origin: 'env' | 'system' | 'playwright' }>} the browser and where it was found
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const fromEnv = env[ENV_VAR]
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new BrowserNotFoundError(`${ENV_VAR} is set to "${fromEnv}", but no file is there: point it at a Chromium or Chrome binary, or unset it.`)
    return { path: fromEnv, origin: 'env' }
  }
  for (const candidate of options.systemPaths ?? SYSTEM_PATHS) {
    if (exists(candidate))
      return { path: candidate, origin: 'system' }
  }
  const playwright = await (options.playwrightPath ?? defaultPlaywrightPath)()
  if (playwright && exists(playwright))
    return { path: playwright, origin: 'playwright' }
  throw new BrowserNotFoundError(`No Chromium found: install one (\`sudo apt-get install chromium\`, or \`npx playwright install chromium\`), or set ${ENV_VAR} to a Chromium/Chrome binary.`)
}

/** Path only, for callers that do not care where it came from. */
export async function chromiumPath() {
  return (await findChromium()).path
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  findChromium().then(
    found => console.log(found.path),
    (error) => {
      console.error(error instanceof BrowserNotFoundError ? error.message : String(error))
      process.exit(1)
    },
  )
}
