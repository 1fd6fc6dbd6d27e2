// @ts-check
/* eslint-disable e18e/prefer-static-regex -- the build inlines these functions' source: they cannot reach module scope. */
/**
 * The first-slide placeholder's code that runs in the page. The build
 * (scripts/lib/placeholder.mjs) writes each function's source text into
 * index.html as an inline script, so a function here uses nothing but its own
 * arguments and the browser's globals: no imports, no module constants.
 *
 * - `placeholderFor`: which copy this address and window get: "slides"
 *   where the app opens on slide 1 as slides, "reading" where it opens on
 *   slide 1 as a phone's reading view, none on a deep link, the presenter
 *   view, a print, an embedded slide or `?view=read` on a wide screen.
 * - `bootHead` (in <head>): applies a stored dark colour scheme before the
 *   first paint, and marks <html> with the copy to show.
 * - `bootBody` (right after the placeholder in <body>): removes it, or the
 *   copy not shown; reveals the shown one once its fonts are loaded; removes
 *   it when the app's own slide 1 is drawn and visible with the same text
 *   (in either form), or when the deck moves to another slide.
 */

/**
 * @typedef {object} PlaceholderConfig
 * @property {string} id the placeholder element's id
 * @property {string} showClass class on <html> while the placeholder is shown
 * @property {string} readingClass class on <html> when the shown copy is the reading view's
 * @property {string} slidesSelector the slides copy inside the placeholder
 * @property {string} readingSelector the reading view copy inside the placeholder
 * @property {string} readyClass class on <html> once its fonts are loaded (it is visible then)
 * @property {string} schemeKey localStorage key of the colour scheme the viewer chose ("dark", "light", "auto")
 * @property {number} readingMaxWidth window widths at or below this read as a scroll (lib/reading.ts)
 * @property {string[]} hashes location.hash values that open slide 1
 * @property {string} liveSelector the app's slide 1, as slides or in the reading view
 * @property {string} contentSelector slide 1's copy inside the shown copy (the first match)
 * @property {string[]} fonts CSS font shorthands the placeholder's text uses (for document.fonts.load)
 * @property {number} revealTimeoutMs shows the placeholder after this long even if its fonts have not loaded
 * @property {number} handOverTimeoutMs removes it this long after the app's slide 1 is visible, even if their text differs
 * @property {number} liveTimeoutMs removes it this long after the app's slide 1 is in the page, even if it is never visible
 */

/**
 * @typedef {object} PlaceholderInputs
 * @property {string} hash location.hash
 * @property {string} search location.search
 * @property {number} width the window's width in CSS px
 * @property {number} readingMaxWidth see PlaceholderConfig
 * @property {readonly string[]} hashes see PlaceholderConfig
 */

/**
 * The copy of slide 1 the page opens with: none unless the address is the
 * deck's root (or #/1) and asks for no print or embedded slide; then
 * "reading" on a phone's width (unless `?view=slides`), "slides" on a wider
 * window, none at `?view=read` on a wide window (the reading view there is
 * wider than the copy, made on a phone). The same rules as
 * lib/reading.ts's isReading, checked by a unit test.
 * @param {PlaceholderInputs} inputs
 * @returns {'slides' | 'reading' | ''} the copy to show ("": none)
 */
export function placeholderFor({ hash, search, width, readingMaxWidth, hashes }) {
  const query = new URLSearchParams(search)
  if (query.has('print') || query.has('embedded') || !hashes.includes(hash))
    return ''
  const view = query.get('view')
  if (view === 'slides' || (view !== 'read' && width > readingMaxWidth))
    return 'slides'
  return width > readingMaxWidth ? '' : 'reading'
}

/**
 * Runs in <head>, before anything is drawn.
 * @param {PlaceholderConfig} config
 * @param {typeof placeholderFor} which
 */
export function bootHead(config, which) {
  const root = document.documentElement
  try {
    if (localStorage.getItem(config.schemeKey) === 'dark')
      root.classList.add('dark')
  }
  catch {}
  const { hash, search } = location
  const copy = which({ hash, search, width: innerWidth, readingMaxWidth: config.readingMaxWidth, hashes: config.hashes })
  if (copy)
    root.classList.add(config.showClass)
  if (copy === 'reading')
    root.classList.add(config.readingClass)
}

/**
 * Runs right after the placeholder element.
 * @param {PlaceholderConfig} config
 */
export function bootBody(config) {
  const root = document.documentElement
  const placeholder = document.getElementById(config.id)
  if (!placeholder)
    return
  if (!root.classList.contains(config.showClass)) {
    placeholder.remove()
    return
  }
  const reading = root.classList.contains(config.readingClass)
  placeholder.querySelector(reading ? config.slidesSelector : config.readingSelector)?.remove()
  const reveal = () => root.classList.add(config.readyClass)
  Promise.all(config.fonts.map(font => document.fonts.load(font))).then(reveal, reveal)
  setTimeout(reveal, config.revealTimeoutMs)

  const text = (/** @type {Element | null} */ element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const expected = text(placeholder.querySelector(config.contentSelector))
  let liveSince = 0
  let visibleSince = 0
  const remove = () => {
    placeholder.remove()
    root.classList.remove(config.showClass, config.readyClass, config.readingClass)
  }
  const visible = (/** @type {Element} */ element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const tick = (/** @type {number} */ now) => {
    if (!config.hashes.includes(location.hash))
      return remove()
    const all = [...document.querySelectorAll(config.liveSelector)]
    const live = all.find(visible)
    liveSince ||= all.length ? now : 0
    visibleSince ||= live ? now : 0
    const drawn = !!live && text(live) === expected && document.fonts.status === 'loaded'
    const late = (visibleSince && now - visibleSince > config.handOverTimeoutMs) || (liveSince && now - liveSince > config.liveTimeoutMs)
    // One more frame: the app's slide is painted under the placeholder before it goes.
    if (drawn || late)
      return requestAnimationFrame(remove)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
