// @ts-check
/**
 * The three PDFs, named after the headmatter's `exportFilename`:
 *
 *   node scripts/export.mjs pdf    [--output file.pdf]  → <name>.pdf         one page per slide, bookmarks
 *   node scripts/export.mjs clicks [--output file.pdf]  → <name>-clicks.pdf  one page per click step
 *   node scripts/export.mjs notes  [--output file.pdf]  → <name>-notes.pdf   the presenter notes
 *
 * Bookmarks (`withToc`) and the render time-out come from the headmatter's
 * `export:` block, so `slidev export` run any other way agrees; the notes
 * export does not read that block and gets the same time-out as a flag.
 *
 * Slidev's notes export opens `<base>presenter/print` as a path, which a deck
 * with `routerMode: hash` answers with slide 1 (the handout would be the cover
 * slide). So notes are exported from a temporary entry with
 * `routerMode: history` (scripts/lib/entry.mjs); the dev server behind the
 * export falls back to index.html for any path.
 * The browser is the discovered one (scripts/slidev.mjs).
 *
 * A failed export is run once more: on a cold Vite dependency cache (a fresh
 * clone, or new dependencies) Slidev's export sometimes reads the print page
 * before it has rendered and fails while writing the bookmarks; the second
 * run has a warm cache.
 */
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { readHeadmatter, writeEntryVariant } from './lib/entry.mjs'
import { finishPdf } from './lib/pdf-ua.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ATTEMPTS = 2
/** When set to a folder, each PDF is also copied there as Chromium wrote it, before it is finished (tests/e2e/outputs.test.ts). */
export const RAW_COPY_ENV = 'DECK_RAW_PDF_DIR'

/** @typedef {'pdf' | 'clicks' | 'notes'} Kind */

/**
 * The wrapper's arguments for one kind of PDF.
 * @param {Kind} kind
 * @param {{ exportFilename?: string, export?: { timeout?: number } }} headmatter
 * @param {string} [output]
 * @param {string} [entry] the deck's entry (for notes: the history-mode variant)
 */
export function exportArgs(kind, headmatter, output, entry = 'slides.md') {
  const name = headmatter.exportFilename ?? 'slides-export'
  switch (kind) {
    case 'pdf':
      return ['export', entry, '--output', output ?? `${name}.pdf`]
    case 'clicks':
      return ['export', entry, '--with-clicks', '--output', output ?? `${name}-clicks.pdf`]
    case 'notes': {
      const timeout = headmatter.export?.timeout
      return ['export-notes', entry, '--output', output ?? `${name}-notes.pdf`, ...(timeout ? ['--timeout', String(timeout)] : [])]
    }
  }
}

async function main() {
  const [kind, ...rest] = process.argv.slice(2)
  if (kind !== 'pdf' && kind !== 'clicks' && kind !== 'notes') {
    console.error('usage: node scripts/export.mjs <pdf|clicks|notes> [--output file.pdf]')
    process.exit(2)
  }
  const outAt = rest.indexOf('--output')
  const output = outAt >= 0 ? rest[outAt + 1] : undefined
  const { headmatter } = await readHeadmatter(join(ROOT, 'slides.md'))
  const variant = kind === 'notes' ? await writeEntryVariant(ROOT, 'notes', { routerMode: 'history' }) : undefined
  process.once('SIGINT', () => {
    variant?.dispose()
    process.exit(130)
  })
  const args = exportArgs(kind, headmatter, output, variant?.path)
  let code = 1
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1)
      console.error(`export ${kind} failed (exit ${code}); retrying, attempt ${attempt} of ${ATTEMPTS}`)
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'slidev.mjs'), ...args], { cwd: ROOT, stdio: 'inherit' })
    code = await new Promise(resolve => child.on('close', status => resolve(typeof status === 'number' ? status : 1)))
    if (code === 0)
      break
  }
  variant?.dispose()
  if (code === 0) {
    const file = args[args.indexOf('--output') + 1]
    // For the tests' check that finishing changes nothing drawn: a copy of Chromium's PDF as it came.
    if (process.env[RAW_COPY_ENV])
      copyFileSync(resolve(ROOT, /** @type {string} */ (file)), join(process.env[RAW_COPY_ENV], basename(/** @type {string} */ (file))))
    const { artifacts, links } = await finishPdf(resolve(ROOT, /** @type {string} */ (file)), { title: String(headmatter.title), lang: String(headmatter.lang ?? 'en') })
    console.log(`tagged PDF finished: XMP (PDF/UA-1 identifier), ${links} links described, ${artifacts} painted objects outside the tags marked as artifacts`)
  }
  process.exit(code)
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main()
