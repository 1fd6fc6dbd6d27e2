// @ts-check
/* eslint-disable e18e/prefer-static-regex -- Playwright sends this function's source to the page: it cannot reach module scope. */
/**
 * `collectPlaceholder` runs in the built deck's page (scripts/lib/placeholder.mjs
 * calls it through `page.evaluate`), in three steps on the same page, which
 * keeps its state in `window.__deckPlaceholder` between them:
 *
 * - "slides", on a 16:9 window showing slide 1: copies the slide (without the
 *   app's numbering class and Vue's comments) into a canvas inside the
 *   placeholder frame, and notes the container's and the canvas's background
 *   and inherited text properties in light and in dark (the placeholder is
 *   not inside #app, whose rules set the font);
 * - "reading", on a phone-sized window showing the reading view: copies its
 *   bar and the sections of its first screen (up to the first one with a
 *   diagram, whose drawing lives in a shadow root), with the view's
 *   `reading-*` classes renamed so that nothing takes the copy for the app's;
 * - each of those two marks every CSS rule that matches its copy, <html> or
 *   <body>, in light and in dark (user-action states and pseudo-elements are
 *   matched by their element);
 * - "emit": the marked rules, in stylesheet order inside their @media,
 *   @supports or @layer blocks (with the renamed classes), the @font-face
 *   rules of the font files the page downloaded (WOFF2 only; in the single
 *   file, whose faces are data: URLs, those the page loaded), and the
 *   frame's own CSS: full window, the canvas scaled to fit with CSS
 *   (`tan(atan2(100vw, 980px))` is 100vw / 980px as a number) and centred as
 *   Slidev's slide container does.
 * Self-contained: it uses only its argument and the browser's globals.
 */

/**
 * @typedef {object} CollectOptions
 * @property {'slides' | 'reading' | 'emit'} step which copy to make, or "emit" to return both with their CSS
 * @property {string} live the app's slide 1 (".slidev-page-1")
 * @property {string} id the placeholder's id
 * @property {string} canvasClass class of the scaled canvas (the slides copy)
 * @property {string} contentClass class the copied slide gets instead of the app's numbering
 * @property {string} readingPrefix what the reading view's `reading-` class prefix becomes in the copy
 * @property {string} showClass class on <html> that shows the placeholder
 * @property {string} readyClass class on <html> that makes it visible (its fonts are in)
 * @property {string[]} inherited inherited properties the canvas takes from the app's slide container
 */

/**
 * @typedef {object} Collected
 * @property {{ slides: string, reading: string }} markup the two copies
 * @property {string} css the rules they match, with font faces, and the frame's own
 * @property {string[]} fontUrls paths of the font files used
 * @property {string[]} fonts CSS font shorthands of those faces
 */

/**
 * @param {CollectOptions} options
 * @returns {Collected | null} what the placeholder needs, at the "emit" step
 */
export function collectPlaceholder({ step, live, id, canvasClass, contentClass, readingPrefix, showClass, readyClass, inherited }) {
  const DYNAMIC = /::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)\b(?:\([^)]*\))?|:(?:hover|focus|focus-visible|focus-within|active|visited|target)\b/g
  const TRAILING_COMBINATOR = /[>+~]$/
  const URL_TOKEN = /url\((["']?)([^)"']+)\1\)/g
  const WOFF2 = /url\(["']?([^)"']+\.woff2)["']?\)/
  const DATA_WOFF2 = /url\(["']?(data:font\/woff2;base64,[^)"']+)["']?\)/
  const QUOTES = /^["']|["']$/g
  const FONT_FILE = /\.woff2$/
  const READING_CLASS = /(^|\s|\.)reading-(?=[\w-])/g
  const PSEUDO_ELEMENT_TAIL = /(?:::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)(?:\([^)]*\))?)*$/
  const SLIDE_NUMBER = /^slidev-page-\d+$/

  /** @type {{ kept: Set<CSSRule>, global: Set<string>, looks: Record<string, string>, markup: Record<string, string> }} */
  const state = /** @type {any} */ (window).__deckPlaceholder ??= { kept: new Set(), global: new Set(), looks: {}, markup: {} }
  const html = document.documentElement
  const sheets = [...document.styleSheets]

  /** A copy of `element` without Vue's comments or the app's slide numbering. */
  const copy = (/** @type {Element} */ element) => {
    const clone = /** @type {HTMLElement} */ (element.cloneNode(true))
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT)
    /** @type {ChildNode[]} */
    const comments = []
    while (walker.nextNode())
      comments.push(/** @type {ChildNode} */ (walker.currentNode))
    comments.forEach(node => node.remove())
    for (const page of [clone, ...clone.querySelectorAll('.slidev-page')]) {
      if (!page.classList.contains('slidev-page'))
        continue
      page.classList.remove(...[...page.classList].filter(name => SLIDE_NUMBER.test(name)))
      page.removeAttribute('data-slidev-no')
    }
    return clone
  }
  /** A selector list split at its top-level commas. */
  const split = (/** @type {string} */ list) => {
    const parts = []
    let depth = 0
    let start = 0
    for (let i = 0; i < list.length; i++) {
      const c = list[i]
      if (c === '(' || c === '[') {
        depth++
      }
      else if (c === ')' || c === ']') {
        depth--
      }
      else if (c === ',' && depth === 0) {
        parts.push(list.slice(start, i))
        start = i + 1
      }
    }
    parts.push(list.slice(start))
    return parts.map(part => part.trim())
  }
  /** Marks, in light and in dark, every rule that matches `frame`, <html> or <body>. */
  const mark = (/** @type {HTMLElement} */ frame, /** @type {(dark: boolean) => void} */ look) => {
    const matches = (/** @type {string} */ selector) => {
      let plain = selector.replace(DYNAMIC, '').trim()
      if (!plain || TRAILING_COMBINATOR.test(plain))
        plain = `${plain} *`.trim()
      try {
        if (html.matches(plain) || document.body.matches(plain)) {
          state.global.add(selector)
          return true
        }
        return frame.matches(plain) || frame.querySelector(plain) !== null
      }
      catch {
        return false
      }
    }
    const walk = (/** @type {CSSRuleList} */ rules) => {
      for (const rule of rules) {
        // Every selector is tried (not just up to the first match): those of <html> or <body> are noted.
        if (rule instanceof CSSStyleRule && split(rule.selectorText).map(matches).some(Boolean))
          state.kept.add(rule)
        if ('cssRules' in rule && !(rule instanceof CSSKeyframesRule))
          walk(/** @type {CSSGroupingRule} */ (rule).cssRules)
      }
    }
    const wasDark = html.classList.contains('dark')
    for (const dark of [false, true]) {
      html.classList.toggle('dark', dark)
      html.classList.toggle('light', !dark)
      for (const sheet of sheets)
        walk(sheet.cssRules)
      look(dark)
    }
    html.classList.toggle('dark', wasDark)
    html.classList.toggle('light', !wasDark)
  }
  /** The placeholder frame, in this page, holding `content`, so that rules can be matched against it. */
  const framed = (/** @type {HTMLElement} */ content) => {
    const frame = document.createElement('div')
    frame.id = id
    frame.append(content)
    document.body.prepend(frame)
    return frame
  }

  if (step === 'slides') {
    const slide = /** @type {HTMLElement} */ (document.querySelector(live))
    const content = /** @type {HTMLElement} */ (slide.closest('.slidev-slide-content'))
    const container = /** @type {HTMLElement} */ (slide.closest('.slidev-slide-container'))
    const canvas = document.createElement('div')
    canvas.className = canvasClass
    const clone = copy(slide)
    clone.classList.add(contentClass)
    canvas.append(clone)
    const frame = framed(canvas)
    mark(frame, (dark) => {
      const style = getComputedStyle(content)
      state.looks[dark ? 'dark' : 'light'] = `background:${getComputedStyle(container).backgroundColor}`
      state.looks[dark ? 'darkCanvas' : 'lightCanvas'] = [...inherited, 'background-color'].map(name => `${name}:${style.getPropertyValue(name)}`).join(';')
    })
    state.looks.width = String(content.offsetWidth)
    state.looks.height = String(content.offsetHeight)
    state.markup.slides = canvas.outerHTML
    frame.remove()
    return null
  }

  if (step === 'reading') {
    const view = /** @type {HTMLElement} */ (document.querySelector('.reading-view'))
    const clone = copy(view)
    const sections = [...view.querySelectorAll('.reading-section')]
    const hasShadow = (/** @type {Element} */ section) => [...section.querySelectorAll('*')].some(element => element.shadowRoot)
    const firstScreen = sections.findIndex(section => section.getBoundingClientRect().top >= innerHeight * 1.25 || hasShadow(section))
    const cloned = [...clone.querySelectorAll('.reading-section')]
    cloned.slice(firstScreen < 0 ? cloned.length : Math.max(1, firstScreen)).forEach(section => section.remove())
    const frame = framed(clone)
    mark(frame, () => {})
    for (const element of [clone, ...clone.querySelectorAll('[class]')])
      element.setAttribute('class', /** @type {string} */ (element.getAttribute('class')).replace(READING_CLASS, `$1${readingPrefix}`))
    state.markup.reading = clone.outerHTML
    frame.remove()
    return null
  }

  /**
   * A selector made to match inside the placeholder only, one id stronger:
   * `:is(#id *)` on its subject. The copy then looks as its rules alone say,
   * whatever the app's stylesheets (loaded later, in the same page) hold, and
   * the app is not touched by them. Selectors of <html> and <body> (the
   * palette's variables, the scheme) stay as they are.
   */
  const scoped = (/** @type {string} */ selector) => state.global.has(selector)
    ? selector
    : selector.replace(READING_CLASS, `$1${readingPrefix}`).replace(PSEUDO_ELEMENT_TAIL, tail => `:is(#${id} *)${tail}`)
  const rooted = (/** @type {string} */ text, /** @type {string} */ base) => text.replace(URL_TOKEN, (whole, quote, url) =>
    url.startsWith('data:') ? whole : `url(${quote}${new URL(url, base).pathname}${quote})`)
  const downloaded = new Set(performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname).filter(path => FONT_FILE.test(path)))
  /** A data: face the page drew with: its FontFace (same family, style and weight) is loaded. */
  const loaded = (/** @type {(name: string) => string} */ get) =>
    [...document.fonts].some(face => face.status === 'loaded'
      && face.family.replace(QUOTES, '') === get('font-family').replace(QUOTES, '')
      && face.style === (get('font-style') || 'normal')
      && face.weight === (get('font-weight') || 'normal'))
  /** @type {Set<string>} */
  const fontUrls = new Set()
  /** @type {Set<string>} */
  const fonts = new Set()
  /** The marked rules of a list as text, inside their grouping at-rules. */
  const emit = (/** @type {CSSRuleList} */ rules, /** @type {string} */ base) => {
    let out = ''
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule) {
        const get = (/** @type {string} */ name) => rule.style.getPropertyValue(name)
        const inline = DATA_WOFF2.exec(get('src'))?.[1]
        const woff2 = inline ? undefined : WOFF2.exec(get('src'))?.[1]
        const path = inline ?? (woff2 && new URL(woff2, base).pathname)
        if (!path || !(inline ? loaded(get) : downloaded.has(path)))
          continue
        if (!inline)
          fontUrls.add(path)
        fonts.add(`${get('font-style') || 'normal'} ${get('font-weight') || '400'} 1em ${get('font-family')}`)
        const descriptors = ['font-family', 'font-style', 'font-weight', 'font-display', 'unicode-range']
          .filter(get)
          .map(name => `${name}:${get(name)};`)
          .join('')
        out += `@font-face{${descriptors}src:url(${path}) format("woff2")}`
      }
      else if (rule instanceof CSSStyleRule) {
        if (state.kept.has(rule))
          out += rooted(`${split(rule.selectorText).map(scoped).join(',')}{${rule.style.cssText}}`, base)
      }
      else if (rule instanceof CSSLayerStatementRule || rule instanceof CSSPropertyRule) {
        out += rule.cssText
      }
      else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || rule instanceof CSSLayerBlockRule) {
        const inner = emit(rule.cssRules, base)
        const prelude = rule instanceof CSSLayerBlockRule ? `@layer ${rule.name}` : `@${rule instanceof CSSMediaRule ? 'media' : 'supports'} ${rule.conditionText}`
        if (inner)
          out += `${prelude}{${inner}}`
      }
    }
    return out
  }
  const css = sheets.map(sheet => emit(sheet.cssRules, sheet.href ?? location.href)).join('')

  const { looks } = state
  const scale = (/** @type {string} */ tall) => `min(tan(atan2(100vw,${looks.width}px)),tan(atan2(${tall},${looks.height}px)))`
  const canvas = `#${id}>.${canvasClass}`
  const frameCss = [
    `#${id}{display:none}`,
    `html.${showClass} #${id}{display:block;position:fixed;inset:0;z-index:2147483647;overflow:hidden;pointer-events:none}`,
    `html:not(.${readyClass}) #${id}>*{visibility:hidden}`,
    `${canvas}{position:absolute;left:50%;top:50%;width:${looks.width}px;height:${looks.height}px;overflow:hidden;--slidev-slide-scale:${scale('100vh')};transform:translate(-50%,-50%) scale(var(--slidev-slide-scale))}`,
    `@supports (height:100dvh){${canvas}{--slidev-slide-scale:${scale('100dvh')}}}`,
    `html:not(.dark) #${id}{${looks.light}}`,
    `html.dark #${id}{${looks.dark}}`,
    `html:not(.dark) ${canvas}{${looks.lightCanvas}}`,
    `html.dark ${canvas}{${looks.darkCanvas}}`,
  ].join('')
  delete (/** @type {any} */ (window)).__deckPlaceholder
  return { markup: { slides: state.markup.slides ?? '', reading: state.markup.reading ?? '' }, css: css + frameCss, fontUrls: [...fontUrls], fonts: [...fonts] }
}
