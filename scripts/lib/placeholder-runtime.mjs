// @ts-check
/* eslint-disable e18e/prefer-static-regex -- the build inlines these functions' source: they cannot reach module scope. */
/**
 * The first-slide placeholder's code that runs in the page. The build
 * (scripts/lib/placeholder.mjs) writes each function's source text into
 * index.html as an inline script, so a function here uses nothing but its own
 * arguments and the browser's globals: no imports, no module constants.
 *
 * - `showsPlaceholder`: whether this address and window open on slide 1 as
 *   slides (not on a deep link, the presenter view, a print, an embedded
 *   slide, or the reading view of a phone).
 * - `bootHead` (in <head>): applies a stored dark colour scheme before the
 *   first paint, and marks <html> when the placeholder is to be shown.
 * - `bootBody` (right after the placeholder in <body>): removes it when it is
 *   not shown; otherwise reveals it once its fonts are loaded and removes it
 *   when the app's own slide 1 is drawn under it with the same text, or when
 *   the deck moves to another slide or to the reading view.
 */

/**
 * @typedef {object} PlaceholderConfig
 * @property {string} id the placeholder element's id
 * @property {string} showClass class on <html> while the placeholder is shown
 * @property {string} readyClass class on <html> once its fonts are loaded (it is visible then)
 * @property {string} schemeKey localStorage key of the colour scheme the viewer chose ("dark", "light", "auto")
 * @property {number} readingMaxWidth window widths at or below this read as a scroll (lib/reading.ts)
 * @property {string[]} hashes location.hash values that open slide 1
 * @property {string} liveSelector the app's slide 1
 * @property {string} contentSelector the copy of slide 1 inside the placeholder
 * @property {string} readingClass class the reading view puts on <html>
 * @property {string[]} fonts CSS font shorthands the placeholder's text uses (for document.fonts.load)
 * @property {number} revealTimeoutMs shows the placeholder after this long even if its fonts have not loaded
 * @property {number} handOverTimeoutMs removes it this long after the app's slide appears, even if their text differs
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
 * True when the page opens on slide 1 shown as slides: the address is the
 * deck's root (or #/1), it asks for no print, embedded slide or reading view,
 * and the window is wider than a phone's (or `?view=slides` asks for slides).
 * The same rules as lib/reading.ts's isReading, checked by a unit test.
 * @param {PlaceholderInputs} inputs
 * @returns {boolean} whether the placeholder is shown
 */
export function showsPlaceholder({ hash, search, width, readingMaxWidth, hashes }) {
  const query = new URLSearchParams(search)
  if (query.has('print') || query.has('embedded') || !hashes.includes(hash))
    return false
  const view = query.get('view')
  if (view === 'read')
    return false
  return view === 'slides' || width > readingMaxWidth
}

/**
 * Runs in <head>, before anything is drawn.
 * @param {PlaceholderConfig} config
 * @param {typeof showsPlaceholder} shows
 */
export function bootHead(config, shows) {
  const root = document.documentElement
  try {
    if (localStorage.getItem(config.schemeKey) === 'dark')
      root.classList.add('dark')
  }
  catch {}
  const { hash, search } = location
  if (shows({ hash, search, width: innerWidth, readingMaxWidth: config.readingMaxWidth, hashes: config.hashes }))
    root.classList.add(config.showClass)
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
  const reveal = () => root.classList.add(config.readyClass)
  Promise.all(config.fonts.map(font => document.fonts.load(font))).then(reveal, reveal)
  setTimeout(reveal, config.revealTimeoutMs)

  const text = (/** @type {Element | null} */ element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const expected = text(placeholder.querySelector(config.contentSelector))
  let liveSince = 0
  const remove = () => {
    placeholder.remove()
    root.classList.remove(config.showClass, config.readyClass)
  }
  const tick = (/** @type {number} */ now) => {
    if (!config.hashes.includes(location.hash) || root.classList.contains(config.readingClass))
      return remove()
    const live = document.querySelector(config.liveSelector)
    if (live) {
      liveSince ||= now
      const drawn = text(live) === expected && document.fonts.status === 'loaded' && live.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      // One more frame: the app's slide is painted under the placeholder before it goes.
      if (drawn || now - liveSince > config.handOverTimeoutMs)
        return requestAnimationFrame(remove)
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
