// @ts-check
/**
 * Slide 1 from the HTML alone: the placeholder's fonts cut down to the
 * characters its copies show, inlined into its CSS, so that its first paint
 * waits for no font file on the network.
 *
 * Each font file the copies use is subset (subset-font: HarfBuzz's
 * hb-subset, which keeps the glyphs' outlines, hinting, kerning and layout
 * features) to the characters of the copies' text, in both cases (CSS may
 * change the case), the strings of CSS `content`, digits and punctuation
 * (list markers). A character outside the subset would fall back to the
 * next font of its family list, in the copy only, until the app draws. The
 * subset's face gets a family name of its own ("<family> slide 1"), and
 * every mention of the family in the placeholder's CSS is renamed to it, so
 * the app's full face, loaded later under the real name, never stands in for
 * the subset, nor the subset for it: an app glyph is never missing.
 *
 * The full files are still the app's, which asks for them as it draws: its
 * font lists name the subset families next to its own (`withSubsetFallbacks`),
 * so it draws slide 1 in the subsets meanwhile, with the same glyphs.
 */
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import subsetFont from 'subset-font'

/** What a subset face's family is called: its family and this. */
export const SUBSET_SUFFIX = ' slide 1'

const TAG = /<[^>]*>/g
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi
const NAMED = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0' })
const CONTENT = /content:\s*(["'])(.*?)\1/g
/** Digits and punctuation a list marker, a counter or a line break can draw though no text holds them. */
const ALWAYS = ' 0123456789.,:;()-–—\'"“”‘’…·¶?!/'
const FONT_FACE = /@font-face\{([^}]*)\}/g
const FAMILY = /font-family:\s*(["']?)([^;"']+)\1/
const SRC = /src:url\(([^)]+)\) format\("woff2"\)/
const DISPLAY = /font-display:[^;]+;/
/** @font-face blocks, kept by `split` at odd indexes. */
const FONT_FACE_ANY = /(@font-face\s*\{[^}]*\})/
/** A declaration that holds a font list: `font-family`, or a custom property named for one (`--slidev-code-font-family`). */
const FONT_LIST = /((?:^|[{;\s])(?:--[\w-]*)?font-family\s*:)([^;}!]+)/g
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g
/** How the single file's faces carry their font (scripts/lib/single-file.mjs): read from the URL, not from a file. */
const DATA_URL = 'data:font/woff2;base64,'

/**
 * Every character the copies can show: their text (tags dropped, entities
 * decoded), in lower and upper case, CSS `content` strings, digits and punctuation.
 * @param {string[]} markup the copies' HTML
 * @param {string} css the placeholder's CSS
 * @returns {string} each character once, sorted
 */
export function charactersOf(markup, css) {
  const text = markup.map(html => html.replace(TAG, ' ').replace(ENTITY, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : NAMED[name.toLowerCase()] ?? '')).join(' ')
  const content = Array.from(css.matchAll(CONTENT), match => match[2] ?? '').join('')
  const all = `${text}${text.toUpperCase()}${text.toLowerCase()}${content}${ALWAYS}`
  return [...new Set(all)].filter(char => char >= ' ').sort().join('')
}

/**
 * The placeholder's CSS with its faces replaced by inline subsets under their
 * own family names, and the font shorthands the runtime waits for renamed.
 * @param {{ css: string, fonts: string[], fontUrls: string[], markup: { slides: string, reading: string } }} captured
 * @param {string} dir the build's folder, where the font paths point (a face given as a data: URL is read from it)
 * @param {string} base the site's base path ("/" or "/a/b/"), which the paths start with
 * @returns {Promise<{ css: string, fonts: string[], families: string[], bytes: number }>} families: those with a subset face; bytes: the subsets' size, before base64
 */
export async function inlineFontSubsets(captured, dir, base) {
  const characters = charactersOf([captured.markup.slides, captured.markup.reading], captured.css)
  /** @type {Set<string>} */
  const families = new Set()
  let bytes = 0
  /** @type {string[]} */
  const faces = []
  for (const match of captured.css.matchAll(FONT_FACE)) {
    const body = match[1] ?? ''
    const family = FAMILY.exec(body)?.[2]?.trim()
    const path = SRC.exec(body)?.[1]
    if (!family || !path)
      throw new Error(`a placeholder font face without a family or a WOFF2 file: ${match[0]}`)
    const font = path.startsWith(DATA_URL)
      ? Buffer.from(path.slice(DATA_URL.length), 'base64')
      : readFileSync(join(dir, path.startsWith(base) ? path.slice(base.length) : path))
    const subset = await subsetFont(font, characters, { targetFormat: 'woff2' })
    bytes += subset.length
    families.add(family)
    faces.push(`@font-face{${body
      .replace(FAMILY, `font-family:"${family}${SUBSET_SUFFIX}"`)
      .replace(SRC, `src:url(data:font/woff2;base64,${subset.toString('base64')}) format("woff2")`)
      .replace(DISPLAY, 'font-display:block;')}}`)
  }
  const rename = (/** @type {string} */ text) => [...families].reduce((out, family) =>
    out.replaceAll(`"${family}"`, `"${family}${SUBSET_SUFFIX}"`), text)
  const css = faces.join('') + rename(captured.css.replace(FONT_FACE, ''))
  return { css, fonts: captured.fonts.map(rename), families: [...families], bytes }
}

/**
 * The app's CSS with each subset family named right after its family in every
 * font list (`font-family` and the custom properties that hold one), outside
 * @font-face: "Source Sans 3", "Source Sans 3 slide 1", ui-sans-serif, …
 * While the app's own font file is on its way, the browser draws the app's
 * slide 1 in the copy's subset, already loaded, whose glyphs and spacing are
 * the file's, not in a system font; once the file is in, it swaps in with no
 * visible change. So the copy can hand over before the full files arrive,
 * and they wait for the app's code.
 * @param {string} css a stylesheet of the app
 * @param {string[]} families the families that have a subset face
 * @returns {string} the stylesheet, unchanged where no list names them
 */
export function withSubsetFallbacks(css, families) {
  if (!families.length)
    return css
  const names = families.map(family => family.replace(REGEX_SPECIALS, '\\$&')).join('|')
  const name = new RegExp(`(^|,)\\s*(["']?)(${names})\\2\\s*(?=,|$)`, 'g')
  const named = (/** @type {string} */ list) => list.replace(name, (whole, _start, _quote, family) => `${whole},"${family}${SUBSET_SUFFIX}"`)
  // Odd parts are the @font-face rules `split` kept: each names one family, not a list.
  return css.split(FONT_FACE_ANY)
    .map((part, index) => index % 2 ? part : part.replace(FONT_LIST, (_, property, list) => `${property}${named(list)}`))
    .join('')
}
