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
 *   (in the reading view, with the sections after it that the copy shows)
 *   and the copy's font subsets are loaded (the app's font lists name them
 *   next to its own files, which are not waited for), or when the deck
 *   moves to another slide. Meanwhile it keeps the reader's
 *   navigation (→ Space PageDown ↓, ← PageUp ↑, a swipe; on a phone, a swipe
 *   or a wheel scroll), says "Loading…" so the reader knows it was heard,
 *   and replays it, in order, to the app once the copy is gone. It also
 *   starts fetching the app: where a copy shows, once the copy's fonts are
 *   in (they share the link with nothing bigger), everything the app fetched
 *   on its way to slide 1 when the build opened it, at once rather than one
 *   import after another; elsewhere Vite's own preloads, at once.
 * - `bootApp` (right after #app): runs the app's entry (in the single file,
 *   its inline code). Where a copy shows, only once it is painted; elsewhere
 *   at once.
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
 * @property {string} readingView the app's reading view (what a kept swipe scrolls)
 * @property {{ forward: string[], back: string[] }} navKeys keys kept while the copy shows (KeyboardEvent.key)
 * @property {string[]} fonts CSS font shorthands the placeholder's text uses (for document.fonts.load)
 * @property {number} revealTimeoutMs shows the placeholder after this long even if its fonts have not loaded
 * @property {number} handOverTimeoutMs removes it this long after the app's slide 1 is visible, even if their text differs
 * @property {number} liveTimeoutMs removes it this long after the app's slide 1 is in the page, even if it is never visible
 * @property {number} replaySettleMs replaying kept keys, waits this long at most for the app to move before the next one
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
 * @param {AppScripts} app
 */
export function bootBody(config, app) {
  const root = document.documentElement
  const shown = root.classList.contains(config.showClass)
  const reading = root.classList.contains(config.readingClass)
  const preload = (/** @type {string} */ href, /** @type {'script' | 'style' | 'font'} */ as) => {
    const link = document.createElement('link')
    link.rel = as === 'script' ? 'modulepreload' : 'preload'
    if (as !== 'script')
      link.as = as
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
  const fetchApp = () => {
    // The page's own stylesheets first: the app waits for them, and the browser finds them only further down the page.
    for (const href of app.pageStyles)
      preload(href, 'style')
    // The app's font files: on slides it draws slide 1 in the copy's subsets and asks for them as it draws;
    // its reading view waits for them before it shows (components/ReadingView.vue): on a phone they come now.
    for (const href of shown && reading ? app.fonts : [])
      preload(href, 'font')
    // No entry: the single file, whose code is in the page (bootApp runs it).
    for (const href of [...app.entry ? [app.entry] : [], ...app.preloads, ...shown ? app.route : [], ...shown && reading ? app.reading.preloads : []])
      preload(href, 'script')
    for (const href of shown ? [...app.styles, ...reading ? app.reading.styles : []] : [])
      preload(href, 'style')
  }
  const placeholder = document.getElementById(config.id)
  if (!placeholder || !shown) {
    placeholder?.remove()
    fetchApp()
    return
  }
  placeholder.querySelector(reading ? config.slidesSelector : config.readingSelector)?.remove()
  let revealed = false
  const reveal = () => {
    if (revealed)
      return
    revealed = true
    root.classList.add(config.readyClass)
    fetchApp()
  }
  Promise.all(config.fonts.map(font => document.fonts.load(font))).then(reveal, reveal)
  setTimeout(reveal, config.revealTimeoutMs)

  const text = (/** @type {Element | null | undefined} */ element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  // The reading copy shows the first screen: its sections must all be drawn, or they would blink out.
  const copies = [...placeholder.querySelectorAll(config.contentSelector)]
  const expected = copies.map(text).join(' ')
  let liveSince = 0
  let visibleSince = 0

  // Input while only the copy shows is kept, said to be heard, and replayed in order once the app is in.
  /** @type {Array<{ key: string } | { x: number, y: number }>} */
  const queue = []
  let scrolled = 0
  const { forward, back } = config.navKeys
  const heard = document.createElement('p')
  heard.setAttribute('role', 'status')
  heard.style.cssText = 'position:fixed;left:0;right:0;bottom:0.75rem;margin:0;text-align:center;font:16px/1.4 system-ui,sans-serif;color:var(--bq-muted,#4a525c);pointer-events:none'
  placeholder.append(heard)
  const say = () => {
    const moves = queue.reduce((n, item) => n + ('key' in item ? (forward.includes(item.key) ? 1 : -1) : 0), 0)
    heard.textContent = reading ? 'Loading…' : `Loading… then slide ${Math.max(1, 1 + moves)}`
  }
  const onKey = (/** @type {KeyboardEvent} */ event) => {
    if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey || (!forward.includes(event.key) && !back.includes(event.key)))
      return
    // Not for the app as well: it may be mounted under the copy already, and would move twice.
    event.preventDefault()
    event.stopPropagation()
    queue.push({ key: event.key })
    say()
  }
  const onClick = (/** @type {MouseEvent} */ event) => {
    if (!event.isTrusted || event.button !== 0)
      return
    event.preventDefault()
    event.stopPropagation()
    queue.push({ x: event.clientX, y: event.clientY })
    say()
  }
  let touchY = 0
  let touchX = 0
  const onTouchStart = (/** @type {TouchEvent} */ event) => {
    touchX = event.touches[0]?.clientX ?? 0
    touchY = event.touches[0]?.clientY ?? 0
  }
  const onTouchEnd = (/** @type {TouchEvent} */ event) => {
    const dx = (event.changedTouches[0]?.clientX ?? touchX) - touchX
    const dy = (event.changedTouches[0]?.clientY ?? touchY) - touchY
    if (reading && Math.abs(dy) > 20)
      scrolled -= dy
    else if (!reading && Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy))
      queue.push({ key: dx < 0 ? 'ArrowRight' : 'ArrowLeft' })
    else
      return
    say()
  }
  const onWheel = (/** @type {WheelEvent} */ event) => {
    if (!reading)
      return
    // Kept for the replay: the app's view, already mounted under the copy, must not scroll by it as well.
    event.preventDefault()
    scrolled += event.deltaY
    say()
  }
  const onTouchMove = (/** @type {TouchEvent} */ event) => {
    if (reading && event.cancelable)
      event.preventDefault()
  }
  const listeners = /** @type {const} */ ([['keydown', onKey], ['click', onClick], ['touchstart', onTouchStart], ['touchmove', onTouchMove], ['touchend', onTouchEnd], ['wheel', onWheel]])
  for (const [type, listener] of listeners)
    addEventListener(type, /** @type {EventListener} */ (listener), { capture: true, passive: type === 'touchstart' || type === 'touchend' })
  /** Resolves once the address changes (the app moved) or after `ms`, and one frame more. */
  const settled = (/** @type {string} */ from, /** @type {number} */ ms) => new Promise((resolve) => {
    const until = performance.now() + ms
    const poll = () => (location.href !== from || performance.now() > until) ? requestAnimationFrame(resolve) : requestAnimationFrame(poll)
    requestAnimationFrame(poll)
  })
  // One at a time, each after the app has taken the one before: two at once would both start from slide 1.
  // Input that comes during the replay joins the queue, so the order holds.
  const replay = async () => {
    if (scrolled)
      document.querySelector(config.readingView)?.scrollBy({ top: scrolled })
    for (let item = queue.shift(); item; item = queue.shift()) {
      const from = location.href
      if ('key' in item) {
        for (const type of ['keydown', 'keyup'])
          dispatchEvent(new KeyboardEvent(type, { key: item.key, code: item.key === ' ' ? 'Space' : item.key, bubbles: true }))
      }
      else {
        document.elementFromPoint(item.x, item.y)?.dispatchEvent(new MouseEvent('click', { clientX: item.x, clientY: item.y, bubbles: true, cancelable: true }))
      }
      await settled(from, 'key' in item ? config.replaySettleMs : 0)
    }
    for (const [type, listener] of listeners)
      removeEventListener(type, /** @type {EventListener} */ (listener), true)
  }

  const remove = () => {
    placeholder.remove()
    root.classList.remove(config.showClass, config.readyClass, config.readingClass)
    replay()
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
    // In the copy's faces: the app's font lists name them next to its own files, which may still be on their way.
    const drawn = !!live && shown.every(element => !!element && visible(element)) && shown.map(text).join(' ') === expected && config.fonts.every(font => document.fonts.check(font))
    const late = (visibleSince && now - visibleSince > config.handOverTimeoutMs) || (liveSince && now - liveSince > config.liveTimeoutMs)
    // One more frame: the app's slide is painted under the placeholder before it goes.
    if (drawn || late)
      return requestAnimationFrame(remove)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * The app's files that `bootBody` fetches and `bootApp` runs: its entry
 * module, Vite's `<link rel="modulepreload">`, and everything else the app
 * fetched before it drew slide 1 when the build opened it (the chunks of the
 * route and of slide 1, which it would ask for one import after another).
 * @typedef {object} AppScripts
 * @property {string} entry the entry module's URL ("" in the single file: its code is in the page)
 * @property {string[]} pageStyles the stylesheets in the page (before #app), fetched first
 * @property {string[]} fonts the font files slide 1 uses (the copy shows subsets of them), fetched after the page's stylesheets where the reading copy shows
 * @property {string[]} preloads Vite's modulepreloads (always fetched with the entry)
 * @property {string[]} route further modules slide 1 needs (fetched where the copy shows)
 * @property {string[]} styles stylesheets the app adds on its way to slide 1 (the same)
 * @property {{ preloads: string[], styles: string[] }} reading what the reading view fetches as well
 */

/**
 * Runs right after #app. It is a parser-inserted script after the app's
 * stylesheets, so it runs once they are loaded: the app never draws unstyled.
 * With no copy shown it starts the app at once; with one, after the frame in
 * which the copy is revealed (its fonts in), or at the latest when the copy's
 * reveal times out.
 *
 * In the single file the app's code is in the page, as the text of a
 * `<script type="text/plain">` (the browser neither parses nor runs it
 * there, so it does not hold up the copy's paint): the module script it
 * starts carries that text, which the file's policy allows by its hash.
 * @param {PlaceholderConfig} config
 * @param {{ entry: string } | { code: string }} app the entry's URL, or the id of the element holding its code
 */
export function bootApp(config, app) {
  const root = document.documentElement
  let started = false
  const start = () => {
    if (started)
      return
    started = true
    const script = document.createElement('script')
    script.type = 'module'
    if ('code' in app) {
      script.textContent = document.getElementById(app.code)?.textContent ?? ''
    }
    else {
      script.crossOrigin = ''
      script.src = app.entry
    }
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
