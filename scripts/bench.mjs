// @ts-check
/**
 * npm run bench — how fast the deck opens, builds and exports, beside Slidev's
 * own starter deck built with this project's toolchain (see
 * scripts/lib/reference-deck.mjs) and beside a plain one-file deck: a
 * 21-slide Markdown file (scripts/bench/marp-reference.md) built by Marp CLI
 * 4.5.1 in the same run (HTML output, no browser). Not a test: it prints a
 * table and writes .bench/results.json.
 *
 * For each deck: build time and size; the median of RUNS cold loads of the
 * built deck (fresh browser context each, served by a plain non-compressing
 * server on 127.0.0.1) — first contentful paint, the moment the first slide's
 * heading is visible, the requests started before it (count, raw bytes, gzip
 * bytes computed here with zlib level 6; on the throttled link also those
 * done before it, with the bytes as sent) and the layout shift (CLS) summed
 * until the load settles. Ours is also built as one file (`npm run
 * build:single`, scripts/build-single.mjs) and cold-loaded the same way from
 * file:// (column "ours, one file"); a walk through the slides that notes when
 * Mermaid, Shiki (client) or Monaco code is first fetched and when a slide
 * first uses it; PDF export seconds per page (ours three times in a row, to
 * catch time-outs).
 *
 * "First slide heading visible" is the first frame with a visible heading of
 * slide 1: for ours the static placeholder's copy (scripts/lib/placeholder.mjs)
 * or the app's slide, whichever comes first (the app's own slide is timed as
 * well: "app's slide 1 visible"); for Marp its first <section>'s heading.
 * Throttled loads (THROTTLED_RUNS each; Chromium's CDP
 * Network.emulateNetworkConditions: 150 ms RTT, 1.6 Mbps down, 750 kbps up)
 * time ours and Marp served gzipped, as GitHub Pages and Netlify serve them.
 * Lighthouse 12.2.3 (scripts/lib/lighthouse.mjs) scores ours, served gzipped,
 * LIGHTHOUSE_RUNS times on desktop and on mobile.
 *
 * Before the builds, the cold loads, the throttled loads, Lighthouse and each
 * deck's exports the script waits (capped) for the 1-minute load average to
 * drop below BENCH_MAX_LOAD, and records the load each measurement ran under.
 * Cold loads alternate between the decks, so all see the same machine.
 *
 * Environment: BENCH_RUNS (default 5), BENCH_THROTTLED_RUNS (3),
 * BENCH_LIGHTHOUSE_RUNS (3; 0 skips Lighthouse), BENCH_MAX_LOAD (0.5),
 * BENCH_QUIET_CAP_S (300), BENCH_EXPORTS (3), CHROMIUM_PATH.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { load as loadSlides } from '@slidev/parser/fs'
import { chromium } from 'playwright-core'
import { getDocumentProxy } from 'unpdf'
import { findChromium, launchOptions } from './lib/browser.mjs'
import { recordLayoutShift } from './lib/layout-shift.mjs'
import { lighthouseRuns } from './lib/lighthouse.mjs'
import { LIVE_SLIDE, PLACEHOLDER_ID } from './lib/placeholder.mjs'
import { makeReferenceDeck, STARTER_VERSION } from './lib/reference-deck.mjs'
import { serveStatic } from './lib/static-server.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(ROOT, '.bench')
const require = createRequire(import.meta.url)
const SLIDEV = require.resolve('@slidev/cli/bin/slidev.mjs')
const MARP = require.resolve('@marp-team/marp-cli/marp-cli.js')
const MARP_DECK = join(ROOT, 'scripts', 'bench', 'marp-reference.md')

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const MAX_LOAD = Number(process.env.BENCH_MAX_LOAD ?? 0.5)
const QUIET_CAP_S = Number(process.env.BENCH_QUIET_CAP_S ?? 300)
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 3)
const EXPORT_TIMEOUT_MS = 120_000
const VIEWPORT = { width: 1280, height: 720 }
/** The slow link: Lighthouse's mobile profile (150 ms RTT, 1.6 Mbps down, 750 kbps up), as CDP Network.emulateNetworkConditions takes it. */
const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }
/** A heading of slide 1, per deck: ours (its placeholder, or the app's slide), Slidev's starter, Marp's first section. */
const HEADING = {
  ours: `:is(#${PLACEHOLDER_ID}, ${LIVE_SLIDE}) :is(h1, h2, h3)`,
  starter: `${LIVE_SLIDE} :is(h1, h2, h3)`,
  marp: 'section[id="1"] :is(h1, h2, h3)',
}
/** The app's own slide 1 heading (not the placeholder's). */
const APP_HEADING = `${LIVE_SLIDE} :is(h1, h2, h3)`
/** How long a load is watched for layout shifts after it settles. */
const SETTLE_MS = 1000

/** @typedef {'mermaid' | 'shiki' | 'monaco'} Heavy */
/** @type {Heavy[]} */
const HEAVY = ['mermaid', 'shiki', 'monaco']

/**
 * Which heavy library a built file belongs to, from its path and content.
 * Names alone mislead: Slidev's `modules/shiki-*.js` chunk can hold only
 * shared Vue code, so Shiki is recognised by its own code.
 * @type {Record<Heavy, { path?: RegExp, content: RegExp }>}
 */
const SIGNATURES = {
  mermaid: { path: /mermaid|Diagram-[\w-]+\.js$/i, content: /mermaidAPI|flowchart-v2/ },
  shiki: { path: /\.wasm$/, content: /ShikiError|codeToTokens|createShikiInternal/ },
  monaco: { path: /\/monaco\/|\.worker-[\w-]+\.js$/, content: /MonacoEnvironment|monaco-editor/ },
}

const SCRIPT_OR_STYLE = /\.(?:m?js|css)$/
const HASH_SLIDE = /^#\/(\d+)/
const PATH_SLIDE = /\/(\d+)$/
const TIMEOUT = /timeout/i
/** A slide of Marp's HTML output. */
const MARP_SLIDE = /<section [^>]*data-marpit-pagination="/g

/** What a slide's source uses, by the same three names. */
const USES = {
  mermaid: /```mermaid|<<<[^\n]*\bmermaid\b/,
  shiki: /\{monaco|magic-move/,
  monaco: /\{monaco/,
}

// ---------------------------------------------------------------- helpers

/**
 * @param {number[]} xs
 * @returns {number} the median of the finite values (NaN for none)
 */
function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] ?? Number.NaN : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
const round = (/** @type {number} */ x, digits = 2) => Number(x.toFixed(digits))
const loadAvg = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
const sleep = (/** @type {number} */ ms) => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Waits until the 1-minute load average is below MAX_LOAD (at most QUIET_CAP_S).
 * @param {string} phase
 * @returns {Promise<{ phase: string, waitedS: number, load: number }>} the load the phase started under
 */
async function waitQuiet(phase) {
  const start = Date.now()
  while (loadAvg() >= MAX_LOAD && Date.now() - start < QUIET_CAP_S * 1000)
    await sleep(2000)
  const quiet = { phase, waitedS: round((Date.now() - start) / 1000, 1), load: loadAvg() }
  console.error(`· ${phase} (load ${quiet.load}, waited ${quiet.waitedS} s)`)
  return quiet
}

/**
 * Runs a Node script; resolves with seconds and output (rejects on failure).
 * @param {string} script
 * @param {string[]} args
 * @param {string} cwd
 * @param {Record<string, string>} [env] variables on top of the current ones
 * @returns {Promise<{ seconds: number, output: string }>} wall time and output
 */
function node(script, args, cwd, env = {}) {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (d) => {
      output += d
    })
    child.stderr.on('data', (d) => {
      output += d
    })
    child.on('close', code => code === 0
      ? resolve({ seconds: (performance.now() - start) / 1000, output })
      : reject(new Error(`${script} ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`)))
  })
}

/** Runs the Slidev CLI (see `node`). */
const slidev = (/** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {Record<string, string>} */ env = {}) => node(SLIDEV, args, cwd, env)

/** @returns {string[]} every file under dir */
function filesUnder(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(d => d.isFile())
    .map(d => join(d.parentPath, d.name))
}

/** The heavy libraries a built file belongs to. */
function classify(/** @type {string} */ file) {
  const path = file.replaceAll('\\', '/')
  const text = SCRIPT_OR_STYLE.test(path) ? readFileSync(file, 'utf8') : ''
  return HEAVY.filter(lib => SIGNATURES[lib].path?.test(path) || SIGNATURES[lib].content.test(text))
}

/** Pages of a PDF, read with PDF.js (unpdf). */
async function pdfPages(/** @type {string} */ file) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
  try {
    return pdf.numPages
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/** Slide number in a deck URL, hash-routed (`#/3`) or history-routed (`/3`); 1 for the root. */
function slideOf(/** @type {string} */ url) {
  const { hash, pathname } = new URL(url)
  return Number(HASH_SLIDE.exec(hash)?.[1] ?? PATH_SLIDE.exec(pathname)?.[1] ?? 1)
}

/**
 * The deck's slide count, and the first slide (1-based) whose source uses
 * each heavy library (null: none does).
 */
async function deckUses(/** @type {string} */ entry) {
  const data = await loadSlides({ roots: [dirname(entry)], userRoot: dirname(entry) }, entry)
  const slides = data.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
  /** @type {Record<Heavy, number | null>} */
  const firstUse = { mermaid: null, shiki: null, monaco: null }
  for (const lib of HEAVY) {
    const i = slides.findIndex(s => USES[lib].test(s.source?.raw ?? s.content))
    firstUse[lib] = i < 0 ? null : i + 1
  }
  return { slides: slides.length, firstUse }
}

// ---------------------------------------------------------------- measurements

/**
 * @typedef {object} Deck
 * @property {'ours' | 'starter'} name which deck
 * @property {string} cwd      folder to run Slidev in
 * @property {string} entry    slides.md
 * @property {string} dist     build output folder
 * @property {number} slides   slide count (set after parsing)
 */

/**
 * @typedef {object} LoadOptions
 * @property {string} heading  selector of a heading of slide 1 (HEADING)
 * @property {boolean} [throttle] load over the slow link (THROTTLE)
 * @property {boolean} [app] also time the app's own slide 1 (APP_HEADING) and wait for the placeholder to go
 */

/**
 * One cold load of the first slide: fresh context, empty cache.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} dist
 * @param {LoadOptions} options
 */
async function coldLoad(browser, url, dist, { heading, throttle = false, app = false }) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  /** @type {string[]} */
  const offHost = []
  // Request interception would bypass the emulated link: the throttled loads go without it (the plain loads check the hosts).
  if (!throttle) {
    await context.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url())
      if (hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:' || protocol === 'file:')
        return route.continue()
      offHost.push(route.request().url())
      return route.abort()
    })
  }
  await context.addInitScript(recordLayoutShift)
  await context.addInitScript(({ heading, appHeading }) => {
    const w = /** @type {any} */ (window)
    w.__benchVisible = 0
    w.__benchApp = 0
    const shown = (/** @type {Element | null} */ h) => h && h.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && h.getBoundingClientRect().width > 0
    const tick = () => {
      w.__benchVisible ||= shown(document.querySelector(heading)) ? performance.now() : 0
      w.__benchApp ||= shown(document.querySelector(appHeading)) ? performance.now() : 0
      if (!w.__benchVisible || !w.__benchApp)
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }, { heading, appHeading: app ? APP_HEADING : heading })
  const page = await context.newPage()
  if (throttle) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', THROTTLE)
  }
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => /** @type {any} */ (window).__benchVisible > 0 && /** @type {any} */ (window).__benchApp > 0, undefined, { timeout: 60_000, polling: 'raf' })
  if (app)
    await page.waitForFunction(id => !document.getElementById(id), PLACEHOLDER_ID, { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await sleep(SETTLE_MS)
  const timing = await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    const visible = w.__benchVisible
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
    const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
    // The heading is detected in the frame before it is painted: never earlier than FCP.
    const painted = (/** @type {number} */ t) => Number.isFinite(fcp) ? Math.max(t, fcp) : t
    const done = resources.filter(r => r.responseEnd <= visible)
    const page = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])
    return { visible: painted(visible), app: painted(w.__benchApp), cls: w.__cls, fcp, before: [location.href, ...resources.filter(r => r.startTime <= visible).map(r => r.name)], done: { count: done.length + 1, bytes: done.reduce((sum, r) => sum + r.encodedBodySize, page?.encodedBodySize ?? 0) } }
  })
  await context.close()
  let raw = 0
  let gzip = 0
  /** @type {string[]} */
  const files = []
  for (const u of timing.before) {
    const { pathname, hostname, protocol } = new URL(u)
    if (hostname !== '127.0.0.1' && protocol !== 'file:')
      continue
    const file = protocol === 'file:'
      ? fileURLToPath(u)
      : join(dist, pathname === '/' || !pathname.includes('.') ? 'index.html' : decodeURIComponent(pathname))
    const body = readFileSync(file)
    raw += body.length
    gzip += gzipSync(body).length
    files.push(file)
  }
  return { fcpMs: timing.fcp, visibleMs: timing.visible, appVisibleMs: timing.app, cls: timing.cls, requests: timing.before.length, rawBytes: raw, gzipBytes: gzip, doneRequests: timing.done.count, doneBytes: timing.done.bytes, offHost, files }
}

/** @typedef {Awaited<ReturnType<typeof coldLoad>>} Load */

/**
 * Medians of a set of loads, with each run (rounded) for the record.
 * @param {Load[]} runs
 * @param {number} load the 1-minute load average they ran under
 */
function summary(runs, load) {
  return {
    runs: runs.map(({ files: _files, ...r }) => ({ ...r, fcpMs: round(r.fcpMs, 0), visibleMs: round(r.visibleMs, 0), appVisibleMs: round(r.appVisibleMs, 0), cls: round(r.cls, 4) })),
    load,
    fcpMs: round(median(runs.map(r => r.fcpMs)), 0),
    visibleMs: round(median(runs.map(r => r.visibleMs)), 0),
    visibleRangeMs: [round(Math.min(...runs.map(r => r.visibleMs)), 0), round(Math.max(...runs.map(r => r.visibleMs)), 0)],
    appVisibleMs: round(median(runs.map(r => r.appVisibleMs)), 0),
    clsMax: round(Math.max(...runs.map(r => r.cls)), 4),
    requests: median(runs.map(r => r.requests)),
    rawBytes: median(runs.map(r => r.rawBytes)),
    gzipBytes: median(runs.map(r => r.gzipBytes)),
    doneRequests: median(runs.map(r => r.doneRequests)),
    doneBytes: median(runs.map(r => r.doneBytes)),
    offHost: runs[0]?.offHost ?? [],
  }
}

/**
 * Builds the Marp reference deck into `dir`/index.html.
 * @param {string} dir
 */
async function buildMarp(dir) {
  const out = join(dir, 'index.html')
  const { seconds } = await node(MARP, ['--no-stdin', MARP_DECK, '--output', out], ROOT)
  return { seconds, bytes: statSync(out).size, slides: readFileSync(out, 'utf8').match(MARP_SLIDE)?.length ?? 0 }
}

/**
 * Walks the deck slide by slide (ArrowDown skips click steps) and notes on
 * which slide each heavy library is first fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} dist
 */
async function heavyWalk(browser, url, dist) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.route('**/*', route => new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort())
  const page = await context.newPage()
  /** @type {Partial<Record<Heavy, number>>} */
  const fetchedOn = {}
  /** @type {Set<string>} */
  const seen = new Set()
  let slide = 1
  /** Libraries requested while a key press is moving the deck: they belong to the slide it arrives on. */
  /** @type {Heavy[] | undefined} */
  let inFlight
  page.on('request', (request) => {
    const { hostname, pathname } = new URL(request.url())
    if (hostname !== '127.0.0.1' || seen.has(pathname) || !pathname.includes('.'))
      return
    seen.add(pathname)
    for (const lib of classify(join(dist, decodeURIComponent(pathname)))) {
      if (inFlight)
        inFlight.push(lib)
      else
        fetchedOn[lib] ??= slide
    }
  })
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await sleep(500)
  for (let step = 0; step < 300; step++) {
    const before = page.url()
    inFlight = []
    await page.keyboard.press('ArrowDown')
    try {
      await page.waitForURL(u => u.toString() !== before, { timeout: 1500 })
    }
    catch {
      break
    }
    slide = slideOf(page.url())
    for (const lib of inFlight)
      fetchedOn[lib] ??= slide
    inFlight = undefined
    await page.waitForLoadState('networkidle')
  }
  await context.close()
  return { fetchedOn, slides: slide }
}

/**
 * PDF export `times` times in a row.
 * @param {Deck} deck
 * @param {import('./lib/browser.mjs').FoundChromium} browser
 * @param {number} times
 */
async function exportRuns(deck, browser, times) {
  const runs = []
  for (let i = 0; i < times; i++) {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-pdf-')), 'deck.pdf')
    const quiet = i === 0 ? await waitQuiet(`${deck.name}: PDF export ×${times}`) : { load: loadAvg() }
    try {
      const { seconds } = await slidev(['export', deck.entry, '--output', out, '--timeout', String(EXPORT_TIMEOUT_MS), '--executable-path', browser.path], deck.cwd, browser.env)
      const pages = await pdfPages(out)
      runs.push({ seconds: round(seconds), pages, secondsPerPage: round(seconds / pages, 3), timedOut: false, load: quiet.load })
    }
    catch (error) {
      const text = String(error)
      runs.push({ seconds: Number.NaN, pages: 0, secondsPerPage: Number.NaN, timedOut: TIMEOUT.test(text), error: `${text.slice(0, 200)} … ${text.slice(-600)}`, load: quiet.load })
    }
    rmSync(dirname(out), { recursive: true, force: true })
  }
  return runs
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now()
  mkdirSync(OUT_DIR, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const found = await findChromium()
  const ref = makeReferenceDeck({ dir: work, cacheDir: join(OUT_DIR, 'cache'), nodeModules: join(ROOT, 'node_modules') })
  /** @type {Deck[]} */
  const decks = [
    { name: 'ours', cwd: ROOT, entry: join(ROOT, 'slides.md'), dist: join(work, 'dist-ours'), slides: 0 },
    { name: 'starter', cwd: dirname(ref.entry), entry: ref.entry, dist: join(work, 'dist-starter'), slides: 0 },
  ]
  /** @type {Record<string, any>} */
  const results = {}
  for (const deck of decks) {
    const quiet = deck.name === 'ours' ? await waitQuiet('slidev builds') : { load: loadAvg() }
    const { seconds } = await slidev(['build', deck.entry, '--out', deck.dist], deck.cwd)
    const distBytes = filesUnder(deck.dist).reduce((sum, f) => sum + statSync(f).size, 0)
    const { slides, firstUse } = await deckUses(deck.entry)
    deck.slides = slides
    results[deck.name] = { slides, build: { seconds: round(seconds), load: quiet.load }, distBytes, firstUse }
  }
  const marpDir = join(work, 'dist-marp')
  const marpBuild = { load: loadAvg(), ...await buildMarp(marpDir) }
  results.marp = { slides: marpBuild.slides, build: { seconds: round(marpBuild.seconds), load: marpBuild.load }, distBytes: marpBuild.bytes }
  const singleFile = join(work, 'one-file.html')
  const singleBuild = { load: loadAvg(), ...await node(join(ROOT, 'scripts', 'build-single.mjs'), ['--out', singleFile], ROOT) }
  const singleUrl = pathToFileURL(singleFile).href

  const browser = await chromium.launch(launchOptions(found))
  const servers = await Promise.all(decks.map(d => serveStatic(d.dist)))
  const marpServer = await serveStatic(marpDir)
  const loadQuiet = await waitQuiet(`cold loads (${RUNS} per deck, interleaved)`)
  /** @type {Record<'ours' | 'starter' | 'single' | 'marp', Load[]>} */
  const loads = { ours: [], starter: [], single: [], marp: [] }
  for (let run = 0; run < RUNS; run++) {
    for (const [i, deck] of decks.entries())
      loads[deck.name].push(await coldLoad(browser, servers[i]?.url ?? '', deck.dist, { heading: HEADING[deck.name], app: deck.name === 'ours' }))
    loads.single.push(await coldLoad(browser, singleUrl, work, { heading: HEADING.starter }))
    loads.marp.push(await coldLoad(browser, marpServer.url, marpDir, { heading: HEADING.marp }))
  }
  const singleHtml = readFileSync(singleFile)
  results.single = {
    build: { seconds: round(singleBuild.seconds), load: singleBuild.load },
    rawBytes: singleHtml.length,
    gzipBytes: gzipSync(singleHtml).length,
    load: summary(loads.single, loadQuiet.load),
  }
  results.marp.load = summary(loads.marp, loadQuiet.load)
  for (const [i, deck] of decks.entries()) {
    const runs = loads[deck.name]
    const walk = await heavyWalk(browser, servers[i]?.url ?? '', deck.dist)
    const firstUse = results[deck.name].firstUse
    const beforeVisible = [...new Set(runs.flatMap(r => r.files))].flatMap(f => classify(f))
    results[deck.name].load = { ...summary(runs, loadQuiet.load), filesBeforeVisible: (runs[0]?.files ?? []).map(f => relative(deck.dist, f)) }
    results[deck.name].heavy = {
      beforeFirstSlideVisible: [...new Set(beforeVisible)],
      fetchedOnSlide: walk.fetchedOn,
      firstUsedOnSlide: firstUse,
      early: HEAVY.filter(lib => walk.fetchedOn[lib] !== undefined && (firstUse[lib] === null || (walk.fetchedOn[lib] ?? 0) < firstUse[lib])),
      slidesWalked: walk.slides,
    }
  }
  await Promise.all([...servers, marpServer].map(s => s.close()))

  // The slow link, gzipped: ours and Marp, interleaved.
  const [oursGzip, marpGzip] = await Promise.all([serveStatic(decks[0]?.dist ?? '', { gzip: true }), serveStatic(marpDir, { gzip: true })])
  const throttledQuiet = await waitQuiet(`throttled loads (${THROTTLED_RUNS} per deck, gzip, ${THROTTLE.latency} ms RTT, ${THROTTLE.downloadThroughput * 8 / 1e6} Mbps)`)
  /** @type {{ ours: Load[], marp: Load[] }} */
  const throttled = { ours: [], marp: [] }
  for (let run = 0; run < THROTTLED_RUNS; run++) {
    throttled.ours.push(await coldLoad(browser, oursGzip.url, decks[0]?.dist ?? '', { heading: HEADING.ours, app: true, throttle: true }))
    throttled.marp.push(await coldLoad(browser, marpGzip.url, marpDir, { heading: HEADING.marp, throttle: true }))
  }
  results.ours.throttled = summary(throttled.ours, throttledQuiet.load)
  results.marp.throttled = summary(throttled.marp, throttledQuiet.load)
  await browser.close()

  if (LIGHTHOUSE_RUNS > 0) {
    /** @type {Record<string, any>} */
    const lighthouse = {}
    for (const formFactor of /** @type {const} */ (['desktop', 'mobile'])) {
      const quiet = await waitQuiet(`Lighthouse ${formFactor} ×${LIGHTHOUSE_RUNS} (ours, gzip)`)
      const runs = await lighthouseRuns(oursGzip.url, { formFactor, runs: LIGHTHOUSE_RUNS })
      lighthouse[formFactor] = { runs, load: quiet.load, scores: runs.map(r => r.score), median: median(runs.map(r => r.score)) }
    }
    results.ours.lighthouse = lighthouse
  }
  await Promise.all([oursGzip, marpGzip].map(s => s.close()))

  for (const deck of decks) {
    const runs = await exportRuns(deck, found, deck.name === 'ours' ? EXPORTS : 1)
    const ok = runs.filter(r => !r.timedOut && Number.isFinite(r.secondsPerPage))
    results[deck.name].export = { runs, secondsPerPage: ok.length ? median(ok.map(r => r.secondsPerPage)) : Number.NaN, timeouts: runs.filter(r => r.timedOut).length, failures: runs.length - ok.length }
  }

  const ours = results.ours
  const starter = results.starter
  const marp = results.marp
  const single = results.single
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => round(a / b, 3)
  const ratios = {
    fcp: ratio(ours.load.fcpMs, starter.load.fcpMs),
    firstSlideVisible: ratio(ours.load.visibleMs, starter.load.visibleMs),
    requestsBeforeVisible: ratio(ours.load.requests, starter.load.requests),
    rawBytesBeforeVisible: ratio(ours.load.rawBytes, starter.load.rawBytes),
    gzipBytesBeforeVisible: ratio(ours.load.gzipBytes, starter.load.gzipBytes),
    build: ratio(ours.build.seconds, starter.build.seconds),
    distBytes: ratio(ours.distBytes, starter.distBytes),
    pdfSecondsPerPage: ratio(ours.export.secondsPerPage, starter.export.secondsPerPage),
  }
  const marpRatios = {
    fcp: ratio(ours.load.fcpMs, marp.load.fcpMs),
    firstSlideVisible: ratio(ours.load.visibleMs, marp.load.visibleMs),
    throttledFirstSlideVisible: ratio(ours.throttled.visibleMs, marp.throttled.visibleMs),
    requestsBeforeVisible: ratio(ours.load.requests, marp.load.requests),
    gzipBytesBeforeVisible: ratio(ours.load.gzipBytes, marp.load.gzipBytes),
  }
  const lighthouse = ours.lighthouse
  const targets = {
    'first slide visible ≤ 2.5× Marp (plain server)': marpRatios.firstSlideVisible <= 2.5,
    'first slide visible ≤ 1.5 s throttled, gzip': ours.throttled.visibleMs <= 1500,
    'no layout shift (CLS 0), plain and throttled': ours.load.clsMax === 0 && ours.throttled.clsMax === 0,
    ...lighthouse && {
      'Lighthouse desktop ≥ 97 (every run)': Math.min(...lighthouse.desktop.scores) >= 97,
      'Lighthouse mobile ≥ 85 (every run)': Math.min(...lighthouse.mobile.scores) >= 85,
    },
    'first slide visible ≤ 0.35× starter': ratios.firstSlideVisible <= 0.35,
    'bytes before first slide ≤ 1.0 MB raw': ours.load.rawBytes <= 1_000_000,
    'no Mermaid/Shiki/Monaco before a slide that uses it': ours.heavy.early.length === 0 && ours.heavy.beforeFirstSlideVisible.every((/** @type {Heavy} */ lib) => ours.firstUse[lib] === 1),
    'build ≤ 0.6× starter': ratios.build <= 0.6,
    'PDF export ≤ 0.5× starter s/page': ratios.pdfSecondsPerPage <= 0.5,
    [`no export time-out in ${EXPORTS} consecutive runs`]: ours.export.timeouts === 0 && ours.export.failures === 0,
    'one file below 4 MB raw, no request outside it': single.rawBytes < 4_000_000 && single.load.offHost.length === 0,
  }
  const report = {
    date: new Date().toISOString(),
    starter: `create-slidev@${STARTER_VERSION} (theme default, fonts.provider none, ${ref.replacedImages} remote images made local)`,
    marp: `@marp-team/marp-cli ${require('@marp-team/marp-cli/package.json').version}, ${relative(ROOT, MARP_DECK)} (${marp.slides} slides)`,
    settings: { runs: RUNS, throttledRuns: THROTTLED_RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, throttle: THROTTLE, maxLoad: MAX_LOAD, quietCapS: QUIET_CAP_S, cpus: (await import('node:os')).cpus().length },
    results,
    ratios,
    marpRatios,
    targets,
    totalSeconds: round((performance.now() - started) / 1000, 1),
  }
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(report, null, 2)}\n`)
  rmSync(work, { recursive: true, force: true })

  const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(0)} KB`
  const ms = (/** @type {number} */ t) => `${t} ms`
  const range = (/** @type {{ visibleMs: number, visibleRangeMs: number[] }} */ l) => `${l.visibleMs} ms (${l.visibleRangeMs.join('–')})`
  const rows = [
    ['first contentful paint', ms(ours.load.fcpMs), ms(single.load.fcpMs), ms(starter.load.fcpMs), ms(marp.load.fcpMs), ratios.fcp, marpRatios.fcp],
    ['first slide heading visible', range(ours.load), range(single.load), range(starter.load), range(marp.load), ratios.firstSlideVisible, marpRatios.firstSlideVisible],
    ['… throttled, gzip (150 ms RTT, 1.6 Mbps)', range(ours.throttled), '', '', range(marp.throttled), '', marpRatios.throttledFirstSlideVisible],
    ['… requests done before it, throttled (bytes as sent)', `${ours.throttled.doneRequests} (${kb(ours.throttled.doneBytes)})`, '', '', `${marp.throttled.doneRequests} (${kb(marp.throttled.doneBytes)})`, '', ''],
    ['app\'s own slide 1 visible (plain / throttled)', `${ours.load.appVisibleMs} / ${ours.throttled.appVisibleMs} ms`, '', '', '', '', ''],
    ['layout shift (CLS, worst load)', `${ours.load.clsMax} / ${ours.throttled.clsMax}`, single.load.clsMax, starter.load.clsMax, `${marp.load.clsMax} / ${marp.throttled.clsMax}`, '', ''],
    ['requests before it', ours.load.requests, single.load.requests, starter.load.requests, marp.load.requests, ratios.requestsBeforeVisible, marpRatios.requestsBeforeVisible],
    ['bytes before it (raw)', kb(ours.load.rawBytes), kb(single.rawBytes), kb(starter.load.rawBytes), kb(marp.load.rawBytes), ratios.rawBytesBeforeVisible, ''],
    ['bytes before it (gzip)', kb(ours.load.gzipBytes), kb(single.gzipBytes), kb(starter.load.gzipBytes), kb(marp.load.gzipBytes), ratios.gzipBytesBeforeVisible, marpRatios.gzipBytesBeforeVisible],
    ...lighthouse
      ? [['Lighthouse desktop / mobile (gzip, each run)', `${lighthouse.desktop.scores.join(', ')} / ${lighthouse.mobile.scores.join(', ')}`, '', '', '', '', '']]
      : [],
    ['heavy code before first slide', ours.heavy.beforeFirstSlideVisible.join(', ') || 'none', 'all (inline)', starter.heavy.beforeFirstSlideVisible.join(', ') || 'none', '', '', ''],
    ['heavy code fetched before use', ours.heavy.early.join(', ') || 'none', '', starter.heavy.early.join(', ') || 'none', '', '', ''],
    ['build (`slidev build`; one file: `build:single`)', `${ours.build.seconds} s`, `${single.build.seconds} s`, `${starter.build.seconds} s`, `${marp.build.seconds} s`, ratios.build, ''],
    ['dist/ size (one file: the file)', kb(ours.distBytes), kb(single.rawBytes), kb(starter.distBytes), kb(marp.distBytes), ratios.distBytes, ''],
    ['PDF export per page', `${ours.export.secondsPerPage} s`, '', `${starter.export.secondsPerPage} s`, '', ratios.pdfSecondsPerPage, ''],
  ]
  console.log(`\n| measure (median of ${RUNS} cold loads, ${THROTTLED_RUNS} throttled) | ours | ours, one file (file://) | starter | Marp | ours ÷ starter | ours ÷ Marp |\n|---|---|---|---|---|---|---|`)
  for (const row of rows)
    console.log(`| ${row.join(' | ')} |`)
  if (lighthouse) {
    for (const formFactor of ['desktop', 'mobile']) {
      const runs = /** @type {import('./lib/lighthouse.mjs').LighthouseRun[]} */ (lighthouse[formFactor].runs)
      console.log(`Lighthouse ${formFactor}: ${runs.map(r => `${r.score} (FCP ${r.fcpMs}, LCP ${r.lcpMs}, TBT ${r.tbtMs} ms, CLS ${r.cls}, SI ${r.siMs})`).join('; ')}`)
    }
  }
  const lighthouseLoads = lighthouse ? `, Lighthouse ${lighthouse.desktop.load} / ${lighthouse.mobile.load}` : ''
  console.log(`\nLoad (1-min) during: builds ${ours.build.load} / ${single.build.load} / ${starter.build.load}, cold loads ${loadQuiet.load}, throttled loads ${throttledQuiet.load}${lighthouseLoads}, exports ${ours.export.runs.map((/** @type {{ load: number }} */ r) => r.load).join(', ')} / ${starter.export.runs.map((/** @type {{ load: number }} */ r) => r.load).join(', ')} (${report.settings.cpus} cores)`)
  console.log(`Export runs (ours): ${ours.export.runs.map((/** @type {{ seconds: number, pages: number, timedOut: boolean }} */ r) => r.timedOut ? 'TIME-OUT' : `${r.seconds} s/${r.pages} p`).join(', ')}`)
  for (const [target, met] of Object.entries(targets))
    console.log(`${met ? 'met   ' : 'MISSED'} ${target}`)
  console.log(`\nWhole bench: ${report.totalSeconds} s. Details: ${relative(ROOT, join(OUT_DIR, 'results.json'))}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
