// @ts-check
/**
 * Screenshots of every slide at its last click state, to look at what you
 * build: `npm run shots` (light), `npm run shots -- --dark`,
 * `npm run shots -- --slides 3,15 --dir dist` (reuse a build).
 * Builds the deck into a temporary folder unless --dir is given, serves it on
 * 127.0.0.1 and writes PNGs (1280×720) to screenshots/ (gitignored).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openBuiltDeck, openFinalState } from './lib/built-deck.mjs'
import { SCHEME_KEY } from './lib/placeholder.mjs'

const { values } = parseArgs({
  options: {
    dark: { type: 'boolean', default: false },
    slides: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
  },
})

const deck = await openBuiltDeck({ dir: values.dir })
const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } })
const scheme = values.dark ? 'dark' : 'light'
await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), { key: SCHEME_KEY, value: scheme })
const page = await context.newPage()
page.on('console', (message) => {
  if (['error', 'warning'].includes(message.type()))
    console.error(`console ${message.type()}: ${message.text()}`)
})

const chosen = values.slides?.split(',').map(Number) ?? deck.slides.map((_, i) => i + 1)
mkdirSync(values.out, { recursive: true })
for (const no of chosen) {
  const slide = deck.slides[no - 1]
  if (!slide)
    throw new Error(`no slide ${no}: the deck has ${deck.slides.length}`)
  await openFinalState(page, deck.url, slide)
  await page.screenshot({ path: join(values.out, `${scheme}-${String(no).padStart(2, '0')}.png`) })
}
console.log(`${chosen.length} screenshots (${scheme}) in ${values.out}/`)
await deck.close()
