// @ts-check
/**
 * Builds the whole interactive deck as one self-contained HTML file that opens
 * by double-click (file://), with no server and no network.
 *
 *   npm run build:single                  # us-mexico-no-pause.html: presenter's copy, with notes
 *   npm run build:single -- --public      # us-mexico-no-pause-public.html: to hand out, no notes, no presenter view
 *   node scripts/build-single.mjs [--public] [--out <file.html>] [--json]
 *
 * It runs `slidev build --base ./` into a temporary folder with SINGLE_FILE_ENV
 * set, so vite.config.ts applies scripts/lib/single-file.mjs (the normal
 * site and exports never see those settings); --public uses the same
 * headmatter variant and `--without-notes` as `npm run build:public`.
 * NODE_ENV is always "production" (a test runner's "test" would bundle Vue's
 * development build, 10% larger). The build fails if anything but the HTML
 * is left beside it (an asset that was not inlined). At the end it prints the
 * file's size, raw and gzipped, and its top contributors (`--json`: that
 * report as JSON on the last line). Do not run two Slidev builds of this
 * project at once: they share its generated modules (node_modules/.slidev).
 */
import { Buffer } from 'node:buffer'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { PUBLIC, run, SLIDEV } from './build.mjs'
import { withContentSecurityPolicy } from './lib/csp.mjs'
import { readHeadmatter, writeEntryVariant } from './lib/entry.mjs'
import { chromiumForPlaceholder, injectSinglePlaceholder, placeholderOf } from './lib/placeholder.mjs'
import { LOAD_FONTS, REPORT_ENV, SINGLE_FILE_ENV } from './lib/single-file.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** What `slidev build` writes besides index.html that the single file does not need. */
const SLIDEV_EXTRAS = new Set(['index.html', '404.html', '_redirects'])
const TOP = 12

const NODE_MODULES = '/node_modules/'
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g
const FONT_FACE = /@font-face\s*\{([^}]*)\}/g
const FONT_FAMILY = /font-family:\s*["']?([^"';]+)/
const FONT_WEIGHT = /font-weight:\s*(\d+)/
const FONT_STYLE = /font-style:\s*(\w+)/

/** The package a module id belongs to (innermost node_modules folder), "(deck)" or "(slidev virtual)". */
export function packageOf(/** @type {string} */ id) {
  const path = id.replaceAll('\\', '/')
  const at = path.lastIndexOf(NODE_MODULES)
  if (at >= 0) {
    const [scope = '', name = ''] = path.slice(at + NODE_MODULES.length).split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  return id.startsWith('\0') || id.startsWith('/@slidev/') ? '(slidev virtual)' : '(deck)'
}

/**
 * What the file is made of, in bytes of the file: each font face, the rest of
 * the CSS, the JavaScript split by package (in proportion to each package's
 * code before minification), and the HTML around them.
 * @param {string} html
 * @param {Record<string, number>} modules rendered length per module id (see single-file.mjs)
 * @returns {{ name: string, bytes: number }[]} largest first
 */
export function contributors(html, modules) {
  /** @type {Map<string, number>} */
  const parts = new Map()
  const add = (/** @type {string} */ name, /** @type {number} */ bytes) => parts.set(name, (parts.get(name) ?? 0) + bytes)
  const size = (/** @type {string} */ text) => Buffer.byteLength(text)
  let rest = size(html)
  for (const [whole, css = ''] of html.matchAll(STYLE)) {
    rest -= size(whole)
    let fonts = 0
    for (const [face, body = ''] of css.matchAll(FONT_FACE)) {
      const name = `font ${FONT_FAMILY.exec(body)?.[1]?.trim()} ${FONT_WEIGHT.exec(body)?.[1] ?? ''}${FONT_STYLE.exec(body)?.[1] === 'italic' ? ' italic' : ''}`
      add(name, size(face))
      fonts += size(face)
    }
    add('CSS (Slidev, UnoCSS, deck)', size(whole) - fonts)
  }
  /** @type {Map<string, number>} */
  const byPackage = new Map()
  for (const [id, length] of Object.entries(modules))
    byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + length)
  const rendered = [...byPackage.values()].reduce((a, b) => a + b, 0) || 1
  for (const [whole] of html.matchAll(SCRIPT)) {
    rest -= size(whole)
    for (const [name, length] of byPackage)
      add(`JS ${name}`, Math.round(size(whole) * length / rendered))
  }
  add('HTML around them', rest)
  return Array.from(parts, ([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes)
}

/**
 * The built file (dist/index.html) with slide 1's placeholder
 * (scripts/lib/placeholder.mjs), so that slide 1 is drawn before the app's
 * code runs; without it, and a warning, where no Chromium is found.
 * @param {string} dist
 * @returns {Promise<string>} the page
 */
async function withPlaceholder(dist) {
  const index = join(dist, 'index.html')
  const built = readFileSync(index, 'utf8')
  const found = await chromiumForPlaceholder(console.warn)
  if (!found)
    return built
  // Captured from the page without its wait for every font face: the faces left loaded are the ones slide 1 drew with.
  writeFileSync(index, built.replace(LOAD_FONTS, ''))
  const captured = await placeholderOf(dist, { found })
  console.log(`first-slide placeholder: its ${captured.fonts.length} fonts inlined as subsets (${(captured.subsetBytes / 1024).toFixed(1)} KB)`)
  return injectSinglePlaceholder(built, captured)
}

async function main() {
  const args = process.argv.slice(2)
  const isPublic = args.includes('--public')
  const outAt = args.indexOf('--out')
  const { headmatter } = await readHeadmatter(join(ROOT, 'slides.md'))
  const name = `${headmatter.exportFilename ?? 'slides-export'}${isPublic ? '-public' : ''}.html`
  const out = resolve(ROOT, outAt >= 0 ? args[outAt + 1] ?? '' : name)
  const work = mkdtempSync(join(tmpdir(), 'deck-single-'))
  const report = join(work, 'modules.json')
  const variant = isPublic ? await writeEntryVariant(ROOT, 'single-public', PUBLIC.overrides) : undefined
  const cleanUp = () => {
    variant?.dispose()
    rmSync(work, { recursive: true, force: true })
  }
  process.once('SIGINT', () => {
    cleanUp()
    process.exit(130)
  })
  try {
    const dist = join(work, 'dist')
    await run(SLIDEV, ['build', variant?.path ?? 'slides.md', '--base', './', '--out', dist, ...(isPublic ? PUBLIC.args : [])], { [SINGLE_FILE_ENV]: '1', [REPORT_ENV]: report, NODE_ENV: 'production' })
    const left = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile() && !SLIDEV_EXTRAS.has(entry.name))
      .map(entry => relative(dist, join(entry.parentPath, entry.name)))
    if (left.length)
      throw new Error(`not inlined into the HTML (the file would need them beside it): ${left.join(', ')}`)
    const page = await withPlaceholder(dist)
    // The file's policy hashes its inline scripts, so it is written last, on the finished page.
    writeFileSync(out, withContentSecurityPolicy(page, 'single'))
    const html = readFileSync(out, 'utf8')
    const raw = Buffer.byteLength(html)
    const gzip = gzipSync(html).length
    const top = contributors(html, JSON.parse(readFileSync(report, 'utf8'))).slice(0, TOP)
    const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(0)} KB`
    console.log(`\nbuilt ${relative(process.cwd(), out)}${isPublic ? ' (public: no notes, no presenter view)' : ' (presenter copy, with notes)'}: ${kb(raw)} raw, ${kb(gzip)} gzip`)
    console.log(`top ${TOP} contributors:`)
    for (const { name: part, bytes } of top)
      console.log(`  ${kb(bytes).padStart(7)}  ${(100 * bytes / raw).toFixed(1).padStart(4)}%  ${part}`)
    if (args.includes('--json'))
      console.log(JSON.stringify({ file: out, raw, gzip, top }))
  }
  finally {
    cleanUp()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
