// @ts-check
/**
 * Finds a Chromium for every script and test that needs one, in this order:
 * 1. the CHROMIUM_PATH environment variable;
 * 2. known system installs (Debian/Ubuntu chromium, Google Chrome, macOS apps);
 * 3. the browser Playwright installed (`npx playwright install chromium`);
 * 4. on Linux only, the Chromium that `npm ci` brings (@sparticuz/chromium),
 *    unpacked once into the temp folder (see `unpackNpmChromium`).
 * When none exists, `findChromium()` throws a BrowserNotFoundError whose
 * message is one line saying how to get one.
 *
 * Launch a found browser with `launchOptions(found)` (Playwright) or its
 * `path` and `env` (Slidev's exporter, see scripts/slidev.mjs).
 *
 * CLI: `node scripts/lib/browser.mjs` prints the path (exit 1 with the message).
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const ENV_VAR = 'CHROMIUM_PATH'

/** The npm package whose Chromium is the last resort on Linux. */
export const NPM_CHROMIUM = '@sparticuz/chromium'

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

/**
 * Switches of @sparticuz/chromium's own `args` (made for AWS Lambda) that a
 * launch here leaves out:
 * - `--single-process`: one process for the several contexts and pages that
 *   Playwright opens; it is there for Lambda's sandbox rules, not for us;
 * - `--headless`: Playwright and Slidev choose the headless mode themselves;
 * - `--disable-web-security`, `--allow-running-insecure-content`: the tests
 *   must see the deck as an ordinary browser does;
 * - `--disable-features`, `--enable-features`: a second list would override
 *   the one Playwright passes;
 * - `--use-gl`, `--use-angle`, `--enable-unsafe-swiftshader`,
 *   `--ignore-gpu-blocklist`, `--in-process-gpu`: WebGL on a software GPU;
 *   the deck needs none, and LAUNCH_ARGS turn the GPU off.
 */
export const NPM_ARGS_LEFT_OUT = [
  '--single-process',
  '--headless',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-features',
  '--enable-features',
  '--use-gl',
  '--use-angle',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
]

export class BrowserNotFoundError extends Error {
  /** @override */
  name = 'BrowserNotFoundError'
}

/** @typedef {'env' | 'system' | 'playwright' | 'npm'} Origin */

/**
 * A browser found, with what launching it takes.
 * @typedef {object} FoundChromium
 * @property {string} path the executable
 * @property {Origin} origin which step found it
 * @property {string[]} args launch flags: LAUNCH_ARGS, plus the npm browser's own
 * @property {Record<string, string>} env variables the browser needs beside the current ones
 */

/**
 * The unpacked npm-shipped Chromium.
 * @typedef {object} NpmChromium
 * @property {string} path the executable
 * @property {string[]} args the package's recommended flags (`chromium.args`)
 * @property {string} fontsConf a fontconfig file: the system's fonts, then the package's own
 */

/**
 * @typedef {object} FindOptions
 * @property {Record<string, string | undefined>} [env] environment to read (default: process.env)
 * @property {readonly string[]} [systemPaths] candidate install paths (default: SYSTEM_PATHS)
 * @property {(path: string) => boolean} [exists] file check (default: fs.existsSync)
 * @property {() => Promise<string | undefined>} [playwrightPath] Playwright's own browser path
 * @property {NodeJS.Platform} [platform] operating system (default: process.platform)
 * @property {() => Promise<NpmChromium | undefined>} [npmChromium] the npm-shipped browser, unpacked (default: unpackNpmChromium)
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
 * LAUNCH_ARGS followed by the npm browser's flags that neither repeat one of
 * ours (by switch name) nor are in NPM_ARGS_LEFT_OUT.
 * @param {readonly string[]} ours
 * @param {readonly string[]} theirs
 * @returns {string[]} the merged flags
 */
export function mergeLaunchArgs(ours, theirs) {
  const name = (/** @type {string} */ flag) => flag.split('=')[0] ?? flag
  const taken = new Set([...ours.map(name), ...NPM_ARGS_LEFT_OUT])
  return [...ours, ...theirs.filter(flag => !taken.has(name(flag)))]
}

/**
 * A fontconfig file that keeps the system's fonts (when it has a set-up) and
 * adds the Open Sans that @sparticuz/chromium ships: its Chromium bundles
 * fontconfig, and on a machine with no fonts it draws no text at all.
 * @param {string} dir the unpacked folder
 * @returns {string} the file's text
 */
export function fontsConf(dir) {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`
}

/** @returns {string} the installed @sparticuz/chromium version ("" when it is not installed) */
function npmChromiumVersion() {
  try {
    const main = createRequire(import.meta.url).resolve(NPM_CHROMIUM)
    return JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')).version
  }
  catch {
    return ''
  }
}

/**
 * Runs `chromium.executablePath()` of @sparticuz/chromium so that it unpacks
 * into `into`: it writes to `os.tmpdir()`, read synchronously when called, so
 * TMPDIR points there for the duration of the call.
 * @param {{ executablePath: () => Promise<string> }} chromium
 * @param {string} into
 * @returns {Promise<string>} the executable
 */
function unpackWith(chromium, into) {
  const saved = process.env.TMPDIR
  process.env.TMPDIR = into
  try {
    return chromium.executablePath()
  }
  finally {
    if (saved === undefined)
      delete process.env.TMPDIR
    else
      process.env.TMPDIR = saved
  }
}

/**
 * Unpacks @sparticuz/chromium (≈ 3 s, 210 MB) into `dir` unless it is there.
 * The package itself would unpack straight to `/tmp/chromium` and trust any
 * file found there (a half-written one, another version); here it unpacks
 * into a fresh folder beside `dir` that is then renamed to `dir` in one step,
 * so concurrent callers never see a partial browser and the first rename wins.
 * @param {string} [dir] default: `<tmp>/sparticuz-chromium-<version>`
 * @returns {Promise<NpmChromium | undefined>} undefined when the package is not installed
 */
export async function unpackNpmChromium(dir) {
  /** @type {typeof import('@sparticuz/chromium').default} */
  let chromium
  try {
    chromium = (await import('@sparticuz/chromium')).default
  }
  catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ERR_MODULE_NOT_FOUND')
      return undefined
    throw error
  }
  const target = dir ?? join(tmpdir(), `sparticuz-chromium-${npmChromiumVersion()}`)
  const binary = join(target, 'chromium')
  if (!existsSync(binary)) {
    const staging = mkdtempSync(`${target}.part-`)
    try {
      const unpacked = await unpackWith(chromium, staging)
      if (unpacked !== join(staging, 'chromium'))
        throw new Error(`${NPM_CHROMIUM} unpacked to ${unpacked}, not into ${staging}`)
      writeFileSync(join(staging, 'fonts.conf'), fontsConf(target))
      renameSync(staging, target)
    }
    catch (error) {
      rmSync(staging, { recursive: true, force: true })
      if (!existsSync(binary))
        throw error
    }
  }
  return { path: binary, args: chromium.args, fontsConf: join(target, 'fonts.conf') }
}

/**
 * @param {FindOptions} [options]
 * @returns {Promise<FoundChromium>} the browser, where it was found, and how to launch it
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const found = (/** @type {string} */ path, /** @type {Origin} */ origin) => ({ path, origin, args: [...LAUNCH_ARGS], env: {} })
  const fromEnv = env[ENV_VAR]
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new BrowserNotFoundError(`${ENV_VAR} is set to "${fromEnv}", but no file is there: point it at a Chromium or Chrome binary, or unset it.`)
    return found(fromEnv, 'env')
  }
  for (const candidate of options.systemPaths ?? SYSTEM_PATHS) {
    if (exists(candidate))
      return found(candidate, 'system')
  }
  const playwright = await (options.playwrightPath ?? defaultPlaywrightPath)()
  if (playwright && exists(playwright))
    return found(playwright, 'playwright')
  const notFound = `No Chromium found: install one (\`sudo apt-get install chromium\`, or \`npx playwright install chromium\`), or set ${ENV_VAR} to a Chromium/Chrome binary.`
  if ((options.platform ?? process.platform) !== 'linux')
    throw new BrowserNotFoundError(notFound)
  const shipped = await (options.npmChromium ?? unpackNpmChromium)()
  if (!shipped)
    throw new BrowserNotFoundError(`${notFound} The one \`npm ci\` brings (${NPM_CHROMIUM}) is not installed either: run \`npm ci\`.`)
  return { path: shipped.path, origin: 'npm', args: mergeLaunchArgs(LAUNCH_ARGS, shipped.args), env: { FONTCONFIG_FILE: shipped.fontsConf } }
}

/** Path only, for callers that do not care where it came from. */
export async function chromiumPath() {
  return (await findChromium()).path
}

/**
 * Playwright launch options for a found browser: its path, flags and
 * environment (on top of the current one), headless.
 * @param {FoundChromium} browser
 */
export function launchOptions(browser) {
  return { executablePath: browser.path, args: browser.args, env: { ...process.env, ...browser.env }, headless: true }
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
