// @ts-check
/**
 * The decks measured, built in the same run: ours and Slidev's starter
 * (`slidev build`), ours as one file (`npm run build:single`), and Marp's
 * 21-slide reference (marp-reference.md, Marp CLI, HTML output). Build
 * seconds, sizes and slide counts.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { filesUnder, loadAvg, node, require, ROOT, round, slidev, waitQuiet } from './common.mjs'
import { deckUses } from './heavy.mjs'

const MARP = require.resolve('@marp-team/marp-cli/marp-cli.js')
export const MARP_DECK = join(ROOT, 'scripts', 'bench', 'marp-reference.md')
/** A slide of Marp's HTML output. */
const MARP_SLIDE = /<section [^>]*data-marpit-pagination="/g

/**
 * Builds each Slidev deck, and reads its sources for the heavy libraries.
 * @param {import('./common.mjs').Deck[]} decks
 * @returns {Promise<Record<string, any>>} per deck: slides, build, distBytes, firstUse
 */
export async function buildDecks(decks) {
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
  return results
}

/**
 * Builds the Marp reference deck into `dir`/index.html.
 * @param {string} dir
 */
export async function buildMarp(dir) {
  const load = loadAvg()
  const out = join(dir, 'index.html')
  const { seconds } = await node(MARP, ['--no-stdin', MARP_DECK, '--output', out], ROOT)
  return { slides: readFileSync(out, 'utf8').match(MARP_SLIDE)?.length ?? 0, build: { seconds: round(seconds), load }, distBytes: statSync(out).size }
}

/**
 * Builds ours as one file at `file`.
 * @param {string} file
 */
export async function buildSingle(file) {
  const load = loadAvg()
  const { seconds } = await node(join(ROOT, 'scripts', 'build-single.mjs'), ['--out', file], ROOT)
  return { build: { seconds: round(seconds), load } }
}
