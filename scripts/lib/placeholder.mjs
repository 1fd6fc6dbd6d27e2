// @ts-check
/**
 * Slide 1, painted before the app runs. After `slidev build`, slide 1 of the
 * built site is rendered in Chromium (the one browser finder, ./browser.mjs)
 * as slides and as a phone's reading view, and the two copies' markup, the
 * CSS they match in light and dark (./placeholder-collect.mjs) and the font
 * faces they use, cut down to the copies' characters (./placeholder-fonts.mjs),
 * go into index.html as a static placeholder; the app's font lists name those
 * subsets after their own files, so that the app draws slide 1 in them while
 * the files are on their way. The app mounts under it; it is removed once the
 * app's slide 1 is drawn (./placeholder-runtime.mjs, inlined as three scripts).
 * The app's stylesheets move from <head> to just before #app: the placeholder
 * carries its own CSS, so it paints without waiting for them, while the app's
 * module script still waits for them (a parser-inserted stylesheet blocks
 * deferred scripts), so the app never renders unstyled.
 *
 *   node scripts/lib/placeholder.mjs <dist> [--base /a/b/]   # add it to a build by hand
 *
 * vite.config.ts applies `placeholderPlugin()` to every `slidev build` (never
 * to a dev server, which `slidev export` uses, nor to the single-file build),
 * so `npm run build`, `build:public`, the tests' builds and a plain
 * `slidev build` all carry it. Which copy shows where: see `placeholderFor`
 * (scripts/lib/placeholder-runtime.mjs): slide 1 as slides on a wider
 * window, the first screen of the reading view on a phone, none elsewhere.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { normalizeBase } from '../build.mjs'
import { findChromium, launchOptions } from './browser.mjs'
import { addSitePolicy } from './csp.mjs'
import { collectPlaceholder } from './placeholder-collect.mjs'
import { inlineFontSubsets, withSubsetFallbacks } from './placeholder-fonts.mjs'
import { bootApp, bootBody, bootHead, placeholderFor } from './placeholder-runtime.mjs'
import { serveStatic } from './static-server.mjs'

export const PLACEHOLDER_ID = 'deck-placeholder'
/** The window slide 1 is rendered in (16:9, as the canvas). */
export const CAPTURE_VIEWPORT = { width: 1280, height: 720 }
/** The phone the reading view's first screen is rendered on (Lighthouse's mobile one). */
export const PHONE_VIEWPORT = { width: 412, height: 823 }
/** Widths at or below this read as a scroll (lib/reading.ts's READING_MAX_WIDTH; a unit test keeps them equal). */
export const READING_MAX_WIDTH = 640
/** localStorage key of Slidev's colour scheme (its logic/dark.ts). */
export const SCHEME_KEY = 'slidev-color-schema'
/** Addresses that open slide 1. */
export const SLIDE_ONE_HASHES = ['', '#', '#/', '#/1']
/** The app's slide 1, as slides and in the reading view. */
export const LIVE_SLIDE = '.slidev-page-1'
/** The app's reading view, the element that scrolls (components/ReadingView.vue). */
export const READING_VIEW = '.reading-view'
/** Keys that move the deck a step on, and a step back, as Slidev's shortcuts take them (KeyboardEvent.key). */
export const NAV_KEYS = { forward: ['ArrowRight', ' ', 'PageDown', 'ArrowDown'], back: ['ArrowLeft', 'PageUp', 'ArrowUp'] }
/** Class of the copy of slide 1 inside the placeholder (the app's `slidev-page-1` is left off: tests and scripts look for that one). */
export const CONTENT_CLASS = 'deck-placeholder-slide'
export const SHOW_CLASS = 'deck-placeholder'
export const READY_CLASS = 'deck-placeholder-ready'
/** On <html> when the copy shown is the reading view's. */
export const READING_CLASS = 'deck-placeholder-reading'
/** The reading view's classes (`reading-view`, `reading-section`, …) are `deck-placeholder-reading-…` in its copy. */
export const READING_PREFIX = 'deck-placeholder-reading-'
const CANVAS_CLASS = 'deck-placeholder-canvas'
/** Inherited properties the canvas takes from the app's slide container. */
const INHERITED = ['color', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-feature-settings', 'font-variation-settings', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'text-rendering', '-webkit-font-smoothing', 'white-space', 'direction', 'user-select', 'cursor', 'tab-size', 'hyphens', 'overflow-wrap', 'word-break']

const HEAD_ASSET = /<(?:script|link)\b/
const BODY_OPEN = /<body\b[^>]*>/
const APP_ROOT = /<div id="app"><\/div>/
const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g
const STYLESHEET_HREF = /<link rel="stylesheet"[^>]*href="([^"]+)"/g
const ENTRY = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g
const ALREADY = new RegExp(`id="${PLACEHOLDER_ID}"`)
/** The single file's one module script, with its code inline (vite-plugin-singlefile). */
const INLINE_MODULE = /[ \t]*<script type="module" crossorigin>([\s\S]*?)<\/script>\n?/
/** The single file's stylesheets, inline (vite-plugin-singlefile). */
const INLINE_STYLESHEET = /[ \t]*<style rel="stylesheet" crossorigin>[\s\S]*?<\/style>\n?/g
/** The element of the single file that holds the app's code until it runs. */
export const APP_CODE_ID = 'deck-app-code'

/**
 * Scripts and stylesheets the app fetched before it drew slide 1 (paths, as
 * requested): `slides` on the 16:9 window, `reading` the further ones the
 * phone's reading view fetched.
 * @typedef {{ slides: string[], reading: string[] }} Fetched
 */

/**
 * What the build writes into index.html.
 * @typedef {import('./placeholder-collect.mjs').Collected & { fetched: Fetched }} Captured
 */

/**
 * Opens slide 1 of the deck at `url` on a 16:9 window, then on a phone's,
 * and collects the placeholder's two copies.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the built deck's URL (ending in "/")
 * @returns {Promise<Captured>} what the build writes into index.html
 */
export async function capturePlaceholder(browser, url) {
  const context = await browser.newContext({ viewport: CAPTURE_VIEWPORT })
  /** @type {Omit<import('./placeholder-collect.mjs').CollectOptions, 'step'>} */
  const options = { live: LIVE_SLIDE, id: PLACEHOLDER_ID, canvasClass: CANVAS_CLASS, contentClass: CONTENT_CLASS, readingPrefix: READING_PREFIX, showClass: SHOW_CLASS, readyClass: READY_CLASS, inherited: INHERITED }
  const collect = (/** @type {import('playwright-core').Page} */ page, /** @type {import('./placeholder-collect.mjs').CollectOptions['step']} */ step) =>
    page.evaluate(collectPlaceholder, /** @type {import('./placeholder-collect.mjs').CollectOptions} */ ({ ...options, step }))
  const settled = async (/** @type {import('playwright-core').Page} */ page) => {
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
  }
  try {
    const page = await context.newPage()
    /** @type {string[]} */
    let fetching = []
    page.on('request', (request) => {
      if (['script', 'stylesheet'].includes(request.resourceType()))
        fetching.push(new URL(request.url()).pathname)
    })
    await page.goto(`${url}#/1`)
    await page.locator(`${LIVE_SLIDE} .slidev-layout`).waitFor()
    const slides = [...new Set(fetching)]
    await settled(page)
    await collect(page, 'slides')
    fetching = []
    await page.setViewportSize(PHONE_VIEWPORT)
    await page.locator('.reading-view:not(.reading-settling)').waitFor()
    const reading = [...new Set(fetching)].filter(path => !slides.includes(path))
    await settled(page)
    // The reading view draws the sections of its first screen one after another: wait until it has drawn them all.
    await page.waitForFunction(() => {
      const state = /** @type {any} */ (window)
      const count = document.querySelectorAll('.reading-section:not(.reading-arriving) .slidev-layout').length
      const stable = count === state.__readingCount && performance.now() - state.__readingSince > 500
      if (count !== state.__readingCount) {
        state.__readingCount = count
        state.__readingSince = performance.now()
      }
      return stable && !document.querySelector('.reading-arriving')
    }, undefined, { polling: 100 })
    await settled(page)
    await collect(page, 'reading')
    const captured = await collect(page, 'emit')
    if (!captured?.markup.slides || !captured.markup.reading)
      throw new Error('the placeholder\'s copies of slide 1 came out empty')
    return { ...captured, fetched: { slides, reading } }
  }
  finally {
    await context.close()
  }
}

/**
 * The runtime's settings for a capture.
 * @param {Pick<Captured, 'fonts'>} captured
 * @returns {import('./placeholder-runtime.mjs').PlaceholderConfig} what the inline scripts get
 */
export function runtimeConfig(captured) {
  return {
    id: PLACEHOLDER_ID,
    showClass: SHOW_CLASS,
    readyClass: READY_CLASS,
    schemeKey: SCHEME_KEY,
    readingMaxWidth: READING_MAX_WIDTH,
    hashes: SLIDE_ONE_HASHES,
    liveSelector: LIVE_SLIDE,
    contentSelector: '.slidev-page',
    readingLiveSelector: `${READING_VIEW} .slidev-page`,
    readingView: READING_VIEW,
    navKeys: NAV_KEYS,
    readingClass: READING_CLASS,
    slidesSelector: `.${CANVAS_CLASS}`,
    readingSelector: `.${READING_PREFIX}view`,
    fonts: captured.fonts,
    revealTimeoutMs: 3000,
    handOverTimeoutMs: 2000,
    liveTimeoutMs: 10_000,
    replaySettleMs: 1500,
  }
}

/**
 * index.html with the placeholder: font preloads, its CSS and the head script
 * before the first script or link of <head>; its markup and the body script
 * first in <body>; the app's stylesheets just before #app, and after it the
 * script that starts the app (in place of Vite's module script and
 * modulepreloads, which would otherwise be fetched before the first paint).
 * @param {string} html Vite's index.html
 * @param {Captured} captured
 * @returns {string} the new index.html
 */
export function injectPlaceholder(html, captured) {
  if (ALREADY.test(html))
    throw new Error(`index.html already has a #${PLACEHOLDER_ID}`)
  const at = HEAD_ASSET.exec(html)?.index
  const entry = ENTRY.exec(html)?.[1]
  if (at === undefined || !BODY_OPEN.test(html) || !APP_ROOT.test(html) || !entry)
    throw new Error('index.html has no script or link in <head>, no <body>, no <div id="app"> or no module script: not the page `slidev build` writes')
  const vitePreloads = Array.from(html.matchAll(MODULE_PRELOAD), match => match[1] ?? '')
  const pageStyles = Array.from(html.matchAll(STYLESHEET_HREF), match => match[1] ?? '')
  const inPage = [entry, ...pageStyles]
  const scripts = (/** @type {string[]} */ paths) => paths.filter(path => path.endsWith('.js') && !inPage.includes(path))
  const styles = (/** @type {string[]} */ paths) => paths.filter(path => path.endsWith('.css') && !inPage.includes(path))
  /** @type {import('./placeholder-runtime.mjs').AppScripts} */
  const app = {
    entry,
    pageStyles,
    fonts: captured.fontUrls,
    preloads: vitePreloads,
    route: scripts(captured.fetched.slides).filter(path => !vitePreloads.includes(path)),
    styles: styles(captured.fetched.slides),
    reading: { preloads: scripts(captured.fetched.reading), styles: styles(captured.fetched.reading) },
  }
  const { config, head, body } = placeholderParts(captured, app)
  const withHead = `${html.slice(0, at)}${head}${html.slice(at)}`.replace(ENTRY, '').replace(MODULE_PRELOAD, '')
  const stylesheets = withHead.match(STYLESHEET) ?? []
  const starter = `<script>(${bootApp})(${config},${JSON.stringify({ entry })})</script>`
  return withHead
    .replace(STYLESHEET, '')
    .replace(BODY_OPEN, open => `${open}${body}`)
    .replace(APP_ROOT, root => `${stylesheets.map(link => link.trim()).join('\n')}\n${root}\n${starter}`)
}

/**
 * What both pages get: the runtime's settings (JSON), the placeholder's CSS
 * and head script, its markup and body script.
 * @param {Captured} captured
 * @param {import('./placeholder-runtime.mjs').AppScripts} app
 */
function placeholderParts(captured, app) {
  const config = JSON.stringify(runtimeConfig(captured))
  const head = [
    `<style id="${PLACEHOLDER_ID}-css">${captured.css}</style>`,
    `<script>(${bootHead})(${config},${placeholderFor})</script>`,
    '',
  ].join('\n')
  const body = `\n<div id="${PLACEHOLDER_ID}">${captured.markup.slides}${captured.markup.reading}</div>\n<script>(${bootBody})(${config},${JSON.stringify(app)})</script>`
  return { config, head, body }
}

/**
 * The single file (scripts/build-single.mjs) with the placeholder: its CSS
 * and head script before the first script or link of <head>, its markup and
 * body script first in <body>, as on the site; the app's stylesheets
 * (inline) just after them, before the file's wait for its fonts
 * (single-file.mjs), which must find their faces. The app's inline module
 * script leaves <head>: its code goes after #app as the text of a
 * `<script type="text/plain" id="${APP_CODE_ID}">`, which the browser skips
 * over, then the script that runs it once the copy is painted. Otherwise the
 * browser would compile and run 1.6 MB of code before drawing anything, and
 * parse 270 KB of CSS (fonts inline) first.
 * @param {string} html the single file, without its policy
 * @param {Captured} captured
 * @returns {string} the new page
 */
export function injectSinglePlaceholder(html, captured) {
  if (ALREADY.test(html))
    throw new Error(`the file already has a #${PLACEHOLDER_ID}`)
  const code = INLINE_MODULE.exec(html)?.[1]
  const page = html.replace(INLINE_MODULE, '')
  const styles = page.match(INLINE_STYLESHEET) ?? []
  const at = HEAD_ASSET.exec(page)?.index
  if (code === undefined || at === undefined || !BODY_OPEN.test(page) || !APP_ROOT.test(page))
    throw new Error('the file has no inline module script, no script or link in <head>, no <body> or no <div id="app">: not the page `build:single` writes')
  /** @type {import('./placeholder-runtime.mjs').AppScripts} */
  const app = { entry: '', pageStyles: [], fonts: [], preloads: [], route: [], styles: [], reading: { preloads: [], styles: [] } }
  const { config, head, body } = placeholderParts(captured, app)
  const starter = `<script type="text/plain" id="${APP_CODE_ID}">${code}</script>\n<script>(${bootApp})(${config},${JSON.stringify({ code: APP_CODE_ID })})</script>`
  return `${page.slice(0, at)}${head}${page.slice(at)}`
    .replace(INLINE_STYLESHEET, '')
    .replace(BODY_OPEN, open => `${open}${body}\n${styles.map(style => style.trim()).join('\n')}`)
    .replace(APP_ROOT, root => `${root}\n${starter}`)
}

/**
 * Adds the placeholder to the build in `dir` (its index.html), built for
 * `base`, and names its subset families in the app's font lists (every
 * stylesheet of the build: see withSubsetFallbacks).
 * @param {string} dir
 * @param {{ base?: string, found?: import('./browser.mjs').FoundChromium }} [options] found: the browser to use (default: the finder's)
 * @returns {Promise<Captured & { families: string[], subsetBytes: number }>} what was written, and the size of its inlined font subsets
 */
export async function addPlaceholder(dir, { base = '/', found } = {}) {
  const index = join(dir, 'index.html')
  const html = readFileSync(index, 'utf8')
  const captured = await placeholderOf(dir, { base, found })
  writeFileSync(index, injectPlaceholder(html, captured))
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.css'))
      continue
    const file = join(entry.parentPath, entry.name)
    const css = readFileSync(file, 'utf8')
    const named = withSubsetFallbacks(css, captured.families)
    if (named !== css)
      writeFileSync(file, named)
  }
  return captured
}

/**
 * The placeholder of the build in `dir`, served for `base`: its copies, its
 * CSS with the fonts inlined as subsets.
 * @param {string} dir
 * @param {{ base?: string, found?: import('./browser.mjs').FoundChromium }} [options] see addPlaceholder
 * @returns {Promise<Captured & { families: string[], subsetBytes: number }>} the placeholder, the families its subsets stand for, and their size
 */
export async function placeholderOf(dir, { base = '/', found } = {}) {
  const served = await serveStatic(dir, { base })
  const browser = await chromium.launch(launchOptions(found ?? await findChromium()))
  try {
    const captured = await capturePlaceholder(browser, served.url)
    const inlined = await inlineFontSubsets(captured, dir, base)
    return { ...captured, css: inlined.css, fonts: inlined.fonts, families: inlined.families, subsetBytes: inlined.bytes }
  }
  finally {
    await browser.close()
    await served.close()
  }
}

/**
 * The browser that captures the placeholder, or, where none is found,
 * undefined and a warning: the deck still works, slide 1 just waits for the
 * app, so a build goes on without the copy.
 * @param {(message: string) => void} warn
 * @returns {Promise<import('./browser.mjs').FoundChromium | undefined>} the browser, if any
 */
export async function chromiumForPlaceholder(warn) {
  try {
    return await findChromium()
  }
  catch (error) {
    warn(`first-slide placeholder left out: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/**
 * The Vite plugin: once a build has written its files, adds the placeholder,
 * then the Content-Security-Policy (scripts/lib/csp.mjs), which hashes the
 * placeholder's inline scripts.
 * Builds only (`apply: 'build'`): a dev server, and so `slidev export`, never
 * runs it.
 * @returns {import('vite').Plugin} the plugin
 */
export function placeholderPlugin() {
  /** @type {import('vite').ResolvedConfig | undefined} */
  let config
  return {
    name: 'deck:first-slide-placeholder',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle(error) {
      const dir = config && resolve(config.root, config.build.outDir)
      // A failed build has its own error to tell, and no index.html to add to.
      if (!config || !dir || error || !existsSync(join(dir, 'index.html')))
        return
      const started = performance.now()
      const found = await chromiumForPlaceholder(message => config?.logger.warn(message))
      if (found) {
        const captured = await addPlaceholder(dir, { base: config.base, found })
        const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1)
        config.logger.info(`first-slide placeholder: ${kb(captured.css.length)} KB of CSS, its ${captured.fontUrls.length} fonts inlined as subsets (${kb(captured.subsetBytes)} KB) (${((performance.now() - started) / 1000).toFixed(1)} s)`)
      }
      // Last, once index.html is final: the policy hashes its inline scripts.
      addSitePolicy(dir)
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, flag, base] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: node scripts/lib/placeholder.mjs <dist> [--base /a/b/]')
    process.exit(1)
  }
  addPlaceholder(resolve(dir), { base: normalizeBase(flag === '--base' ? base : '/') }).then(
    (captured) => {
      addSitePolicy(resolve(dir))
      console.log(`added the placeholder to ${dir}: ${captured.css.length} bytes of CSS, fonts ${captured.fontUrls.join(', ')}`)
    },
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
