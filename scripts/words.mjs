// @ts-check
/**
 * Words a reader reads on each slide, at its last click state, against the
 * deck's budget (scripts/lib/words.mjs): `npm run words`, or
 * `npm run words -- --dir dist` to count an existing build. Prints the table;
 * exits 1 when a slide or the total is over its limit.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { openBuiltDeck, openFinalState } from './lib/built-deck.mjs'
import { countWords, overLimits, slideLimit, visibleSlideText, wordTable } from './lib/words.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string' } } })

const deck = await openBuiltDeck({ dir: values.dir })
const page = await deck.browser.newPage({ viewport: { width: 1280, height: 720 } })
/** @type {import('./lib/words.mjs').SlideWords[]} */
const rows = []
for (const [index, slide] of deck.slides.entries()) {
  const no = index + 1
  await openFinalState(page, deck.url, slide)
  rows.push({ no, title: slide.title ?? '', words: countWords(await page.evaluate(visibleSlideText, no)), limit: slideLimit(slide.frontmatter) })
}
await deck.close()
console.log(wordTable(rows))
const { over, totalOver } = overLimits(rows)
if (over.length || totalOver)
  process.exitCode = 1
