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
 *   (in the reading view, with the sections after it that the copy shows), or
 *   when the deck moves to another slide.
 * - `bootApp` (right after #app): starts the app's script. Where a copy
 *   shows, only once it is painted, so the copy's fonts do not share a slow
 *   link with ~250 KB of script it does not need; elsewhere at once.
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
 * @property {string} contentSelector the slides' copies inside the shown copy (slide 1 only as slides; the first screen's sections in the reading copy)
 * @property {string} readingLiveSelector the app's slides in its reading view, in order
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

  const text = (/** @type {Element | null | undefined} */ element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  // The reading copy shows the first screen: its sections must all be drawn, or they would blink out.
  const copies = [...placeholder.querySelectorAll(config.contentSelector)]
  const expected = copies.map(text).join(' ')
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
    const shown = reading ? [...document.querySelectorAll(config.readingLiveSelector)].slice(0, copies.length) : [live]
    const drawn = !!live && shown.every(element => !!element && visible(element)) && shown.map(text).join(' ') === expected && document.fonts.status === 'loaded'
    const late = (visibleSince && now - visibleSince > config.handOverTimeoutMs) || (liveSince && now - liveSince > config.liveTimeoutMs)
    // One more frame: the app's slide is painted under the placeholder before it goes.
    if (drawn || late)
      return requestAnimationFrame(remove)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * What `bootApp` loads: the app's entry module and the modules it imports
 * first (Vite's `<script type="module">` and `<link rel="modulepreload">`).
 * @typedef {object} AppScripts
 * @property {string} entry the entry module's URL
 * @property {string[]} preloads URLs to modulepreload with it
 */

/**
 * Runs right after #app. It is a parser-inserted script after the app's
 * stylesheets, so it runs once they are loaded: the app never draws unstyled.
 * With no copy shown it starts the app at once; with one, after the frame in
 * which the copy is revealed (its fonts in), or at the latest when the copy's
 * reveal times out.
 * @param {PlaceholderConfig} config
 * @param {AppScripts} app
 */
export function bootApp(config, app) {
  const root = document.documentElement
  let started = false
  const start = () => {
    if (started)
      return
    started = true
    for (const href of app.preloads) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = app.entry
    document.body.append(script)
  }
  if (!root.classList.contains(config.showClass))
    return start()
  // After the frame that paints the copy; a hidden tab draws no frames, hence the timer.
  const afterPaint = () => {
    requestAnimationFrame(() => setTimeout(start))
    setTimeout(start, 100)
  }
  if (root.classList.contains(config.readyClass))
    return afterPaint()
  const watch = new MutationObserver(() => {
    if (root.classList.contains(config.readyClass) || !root.classList.contains(config.showClass)) {
      watch.disconnect()
      afterPaint()
    }
  })
  watch.observe(root, { attributes: true, attributeFilter: ['class'] })
  setTimeout(start, config.revealTimeoutMs)
}
