// @ts-check
/**
 * What a reader reads on a slide: its visible text, counted in words. Shared
 * by `npm run words` and the built-deck test (tests/e2e/words.test.ts).
 *
 * Counted: every visible text of the slide at the state it is shown in,
 * diagrams (inside shadow roots and SVG) included. Not counted: the chrome,
 * that is the footer (source line and slide number) and the kicker (the
 * section's name, above the headline), provenance tags (`.prov-tag`: ¶N,
 * "context · X", "inferred", "article’s date"; and the same words inside
 * diagrams, where a box of the timeline says where its date comes from), text hidden from sight (a click not reached yet, sr-only text).
 * A word is a run of non-space characters with a letter or digit in it, so
 * "…", "·" and "—" are not words.
 */

/** The deck's budget: never longer than the article; a slide is read in seconds. */
export const WORD_LIMITS = {
  /** All slides together: the article is 730 words long. */
  total: 730,
  /** Any one slide. */
  slide: 45,
  /** The most a slide may raise its own limit to (`wordLimit:` in frontmatter; the sources slide). */
  ceiling: 80,
}

/* eslint-disable e18e/prefer-static-regex -- visibleSlideText is serialised into the page: module constants do not travel with it */

/**
 * Runs in the page (page.evaluate): the visible text of slide `no`, as one
 * string per text node. Self-contained: module constants do not travel.
 * @param {number} no slide number
 * @returns {string[]} the texts, in document order
 */
export function visibleSlideText(no) {
  const slide = document.querySelector(`.slidev-page-${no}`)
  if (!slide)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const scale = slide.getBoundingClientRect().width / 980
  // Provenance words as diagrams write them inside their labels.
  const diagramTags = [/context · \p{L}+(?:, \p{L}+)*/gu, /\b(?:inferred|context)\b/g, /¶\d+/g, /article’s date/g]
  /** @type {string[]} */
  const found = []
  /** Diagram labels already read: a label's lines are read together, so a tag split over two lines is still a tag. */
  const labels = new Set()
  /** @param {Element} label */
  const labelText = (label) => {
    const lines = []
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      lines.push(node.textContent ?? '')
    return lines.join(' ').replace(/\s+/g, ' ').trim()
  }
  /** @param {Node} root */
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      if (!el || !text)
        continue
      if (el.closest('footer, .kicker, .prov-tag, style, script, title, desc'))
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const box = el.getBoundingClientRect()
      if (box.width / scale <= 1.01 || box.height / scale <= 1.01)
        continue // visually hidden (sr-only)
      if (!el.closest('svg')) {
        found.push(text)
        continue
      }
      const label = el.closest('.nodeLabel, .edgeLabel, .cluster-label, text') ?? el
      if (labels.has(label))
        continue
      labels.add(label)
      found.push(diagramTags.reduce((t, tag) => t.replace(tag, ' '), labelText(label)))
    }
    for (const host of root instanceof Element || root instanceof ShadowRoot ? root.querySelectorAll('*') : []) {
      if (host.shadowRoot)
        visit(host.shadowRoot)
    }
  }
  visit(slide)
  return found
}

/* eslint-enable e18e/prefer-static-regex */

const SPACE = /\s+/
const WORDY = /[\p{L}\p{N}]/u

/**
 * Words in a list of texts.
 * @param {readonly string[]} texts
 * @returns {number} how many
 */
export function countWords(texts) {
  return texts.join(' ').split(SPACE).filter(token => WORDY.test(token)).length
}

/**
 * @typedef {object} SlideWords
 * @property {number} no slide number
 * @property {string} title its title
 * @property {number} words words a reader reads on it
 * @property {number} limit this slide's limit
 */

/**
 * A slide's own limit: WORD_LIMITS.slide, or its frontmatter's `wordLimit` up to the ceiling.
 * @param {Record<string, unknown>} frontmatter
 * @returns {number} the slide's limit
 */
export function slideLimit(frontmatter) {
  const own = Number(frontmatter.wordLimit)
  return Number.isFinite(own) && own > 0 ? Math.min(own, WORD_LIMITS.ceiling) : WORD_LIMITS.slide
}

/**
 * The per-slide table, with a total line and a mark on every slide over its limit.
 * @param {readonly SlideWords[]} rows
 * @returns {string} the table, one line a slide
 */
export function wordTable(rows) {
  const total = rows.reduce((sum, row) => sum + row.words, 0)
  const lines = rows.map(row => `${String(row.no).padStart(3)}  ${String(row.words).padStart(5)} / ${String(row.limit).padEnd(3)} ${row.words > row.limit ? '✗' : ' '} ${row.title}`)
  return [
    'slide  words / limit  title',
    ...lines,
    `total  ${String(total).padStart(5)} / ${WORD_LIMITS.total} ${total > WORD_LIMITS.total ? '✗' : ' '} (the article: 730 words)`,
  ].join('\n')
}

/**
 * Slides over their limit, and whether the total is over.
 * @param {readonly SlideWords[]} rows
 * @returns {{ over: SlideWords[], total: number, totalOver: boolean }} the findings
 */
export function overLimits(rows) {
  const total = rows.reduce((sum, row) => sum + row.words, 0)
  return { over: rows.filter(row => row.words > row.limit), total, totalOver: total > WORD_LIMITS.total }
}
