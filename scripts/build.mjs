// @ts-check
/**
 * Builds the static site; the one place where the base path is set.
 *
 *   node scripts/build.mjs [--public] [--pdf] [--out <dir>]
 *   BASE=/briefings/no-pause/ npm run build
 *
 * - BASE (env, default "/"): the path the site is served under; a missing
 *   leading or trailing slash is added.
 * - --public: for posting a link: no presenter notes (`--without-notes`) and
 *   no presenter route (`presenter: false`); default folder `dist-public/`.
 * - --pdf: also export the PDF into the folder and show Slidev's download
 *   button, pointing at `<BASE><exportFilename>.pdf`.
 * - --out: the output folder (default `dist/`, or `dist-public/`).
 *
 * Without --public and --pdf this is exactly `slidev build --base BASE`.
 * Otherwise the headmatter differences go into a temporary entry next to
 * slides.md (see scripts/lib/entry.mjs), removed when the build ends.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { readHeadmatter, writeEntryVariant } from './lib/entry.mjs'

const require = createRequire(import.meta.url)
const EDGE_SLASHES = /^\/+|\/+$/g
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** "/a/b" or "a/b/" → "/a/b/"; empty → "/". */
export function normalizeBase(base = '/') {
  const trimmed = base.trim().replace(EDGE_SLASHES, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** Slidev's command line. */
export const SLIDEV = require.resolve('@slidev/cli/bin/slidev.mjs')

/**
 * What "public" means for every build that is handed out (this site's
 * `--public`, the single file's): no presenter route (a headmatter override)
 * and no notes (a `slidev build` flag).
 */
export const PUBLIC = { overrides: { presenter: false }, args: ['--without-notes'] }

/**
 * Runs a Node script from the project's root, its output shown.
 * @param {string} script
 * @param {string[]} args
 * @param {Record<string, string>} [env] added to this process's environment
 * @returns {Promise<void>} resolves when the process exits 0
 */
export function run(script, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } })
    child.on('close', code => code === 0 ? resolvePromise() : reject(new Error(`${script} ${args.join(' ')} exited ${code}`)))
  })
}

async function main() {
  const args = process.argv.slice(2)
  const isPublic = args.includes('--public')
  const withPdf = args.includes('--pdf')
  const outAt = args.indexOf('--out')
  const out = resolve(ROOT, outAt >= 0 ? args[outAt + 1] ?? '' : isPublic ? 'dist-public' : 'dist')
  const base = normalizeBase(process.env.BASE)
  const { headmatter } = await readHeadmatter(join(ROOT, 'slides.md'))
  const pdfName = `${headmatter.exportFilename ?? 'slides-export'}.pdf`

  /** @type {Record<string, unknown>} */
  const overrides = {}
  if (isPublic)
    Object.assign(overrides, PUBLIC.overrides)
  if (withPdf)
    overrides.download = `${base}${pdfName}`
  const variant = Object.keys(overrides).length
    ? await writeEntryVariant(ROOT, isPublic ? 'public' : 'pdf', overrides)
    : undefined
  const cleanUp = () => variant?.dispose()
  process.once('SIGINT', () => {
    cleanUp()
    process.exit(130)
  })
  try {
    await run(SLIDEV, ['build', variant?.path ?? 'slides.md', '--base', base, '--out', out, ...(isPublic ? PUBLIC.args : [])])
  }
  finally {
    cleanUp()
  }
  if (withPdf)
    await run(join(ROOT, 'scripts', 'export.mjs'), ['pdf', '--output', join(out, pdfName)])
  console.log(`built ${out} for base ${base}${isPublic ? ' (public: no notes, no presenter view)' : ''}${withPdf ? ` with ${pdfName}` : ''}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
