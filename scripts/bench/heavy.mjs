// @ts-check
/**
 * When the heavy libraries (Mermaid, Shiki, Monaco) are first fetched, and
 * which slide first uses each: a walk through the built deck, slide by slide,
 * beside the deck's sources read by Slidev's own parser. A library fetched
 * before the slide that uses it is "early".
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { load as loadSlides } from '@slidev/parser/fs'
import { sleep, VIEWPORT } from './common.mjs'

/** @typedef {'mermaid' | 'shiki' | 'monaco'} Heavy */
/** @type {Heavy[]} */
export const HEAVY = ['mermaid', 'shiki', 'monaco']

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

/** What a slide's source uses, by the same three names. */
const USES = {
  mermaid: /```mermaid|<<<[^\n]*\bmermaid\b/,
  shiki: /\{monaco|magic-move/,
  monaco: /\{monaco/,
}

const SCRIPT_OR_STYLE = /\.(?:m?js|css)$/
const HASH_SLIDE = /^#\/(\d+)/
const PATH_SLIDE = /\/(\d+)$/

/** The heavy libraries a built file belongs to. */
export function classify(/** @type {string} */ file) {
  const path = file.replaceAll('\\', '/')
  const text = SCRIPT_OR_STYLE.test(path) ? readFileSync(file, 'utf8') : ''
  return HEAVY.filter(lib => SIGNATURES[lib].path?.test(path) || SIGNATURES[lib].content.test(text))
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
export async function deckUses(/** @type {string} */ entry) {
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

/**
 * Walks the deck slide by slide (ArrowDown skips click steps) and notes on
 * which slide each heavy library is first fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} dist
 */
export async function heavyWalk(browser, url, dist) {
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
