// @ts-check
/* eslint-disable e18e/prefer-static-regex -- Playwright sends this function's source to the page: it cannot reach module scope. */
/**
 * `collectPlaceholder` runs in the built deck's page, on slide 1 drawn by the
 * app (scripts/lib/placeholder.mjs calls it through `page.evaluate`), and
 * returns what the static placeholder needs:
 * - the slide's markup, without the app's numbering class and Vue's comments;
 * - every CSS rule that matches the placeholder (the slide inside a canvas
 *   and a full-window frame, put into the page for the check), <html> or
 *   <body>, in light and in dark, in stylesheet order and inside its @media,
 *   @supports or @layer blocks; user-action states and pseudo-elements are
 *   matched by their element;
 * - the @font-face rules of the font files the page downloaded, WOFF2 only;
 * - the frame's own CSS: full window, the 980 px canvas scaled to fit with
 *   CSS (`tan(atan2(100vw, 980px))` is 100vw / 980px as a number), centred as
 *   Slidev's slide container does, with the container's and the canvas's
 *   background and inherited text properties for each scheme (the
 *   placeholder is not inside #app, whose rules set the font).
 * Self-contained: it uses only its argument and the browser's globals.
 */

/**
 * @typedef {object} CollectOptions
 * @property {string} live the app's slide 1 (".slidev-page-1")
 * @property {string} id the placeholder's id
 * @property {string} canvasClass class of the scaled canvas
 * @property {string} contentClass class the copied slide gets instead of the app's numbering
 * @property {string} showClass class on <html> that shows the placeholder
 * @property {string} readyClass class on <html> that makes the canvas visible
 * @property {string[]} inherited inherited properties the canvas takes from the app's slide container
 */

/**
 * @typedef {object} Collected
 * @property {string} markup the slide's element
 * @property {string} css the rules it matches, with font faces
 * @property {string} frame the placeholder's own layout
 * @property {string[]} fontUrls paths of the font files used
 * @property {string[]} fonts CSS font shorthands of those faces
 */

/**
 * @param {CollectOptions} options
 * @returns {Collected} what the placeholder needs
 */
export function collectPlaceholder({ live, id, canvasClass, contentClass, showClass, readyClass, inherited }) {
  const DYNAMIC = /::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)\b(?:\([^)]*\))?|:(?:hover|focus|focus-visible|focus-within|active|visited|target)\b/g
  const TRAILING_COMBINATOR = /[>+~]$/
  const URL_TOKEN = /url\((["']?)([^)"']+)\1\)/g
  const WOFF2 = /url\(["']?([^)"']+\.woff2)["']?\)/
  const FONT_FILE = /\.woff2$/

  const html = document.documentElement
  const slide = /** @type {HTMLElement} */ (document.querySelector(live))
  const content = /** @type {HTMLElement} */ (slide.closest('.slidev-slide-content'))
  const container = /** @type {HTMLElement} */ (slide.closest('.slidev-slide-container'))
  const clone = /** @type {HTMLElement} */ (slide.cloneNode(true))
  clone.classList.remove(live.slice(1))
  clone.classList.add(contentClass)
  clone.removeAttribute('data-slidev-no')
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT)
  /** @type {ChildNode[]} */
  const comments = []
  while (walker.nextNode())
    comments.push(/** @type {ChildNode} */ (walker.currentNode))
  comments.forEach(node => node.remove())

  // The placeholder, in this page, so that rules can be matched against it.
  const frame = document.createElement('div')
  frame.id = id
  const canvas = document.createElement('div')
  canvas.className = canvasClass
  canvas.append(clone)
  frame.append(canvas)
  document.body.prepend(frame)

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
  const matches = (/** @type {string} */ selector) => {
    let plain = selector.replace(DYNAMIC, '').trim()
    if (!plain || TRAILING_COMBINATOR.test(plain))
      plain = `${plain} *`.trim()
    try {
      return html.matches(plain) || document.body.matches(plain) || frame.matches(plain) || frame.querySelector(plain) !== null
    }
    catch {
      return false
    }
  }
  /** url(…) made a path from the site's root (index.html is not beside the stylesheet). */
  const rooted = (/** @type {string} */ text, /** @type {string} */ base) => text.replace(URL_TOKEN, (whole, quote, url) =>
    url.startsWith('data:') ? whole : `url(${quote}${new URL(url, base).pathname}${quote})`)

  /** @type {Set<CSSRule>} */
  const kept = new Set()
  const mark = (/** @type {CSSRuleList} */ rules) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && split(rule.selectorText).some(matches))
        kept.add(rule)
      if ('cssRules' in rule && !(rule instanceof CSSKeyframesRule))
        mark(/** @type {CSSGroupingRule} */ (rule).cssRules)
    }
  }
  const sheets = [...document.styleSheets]
  const wasDark = html.classList.contains('dark')
  /** @type {Record<'light' | 'dark', { container: string, canvas: string }>} */
  const looks = { light: { container: '', canvas: '' }, dark: { container: '', canvas: '' } }
  for (const dark of [false, true]) {
    html.classList.toggle('dark', dark)
    html.classList.toggle('light', !dark)
    for (const sheet of sheets)
      mark(sheet.cssRules)
    const style = getComputedStyle(content)
    looks[dark ? 'dark' : 'light'] = {
      container: `background:${getComputedStyle(container).backgroundColor}`,
      canvas: [...inherited, 'background-color'].map(name => `${name}:${style.getPropertyValue(name)}`).join(';'),
    }
  }
  html.classList.toggle('dark', wasDark)
  html.classList.toggle('light', !wasDark)

  const downloaded = new Set(performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname).filter(path => FONT_FILE.test(path)))
  /** @type {Set<string>} */
  const fontUrls = new Set()
  /** @type {Set<string>} */
  const fonts = new Set()
  /** The kept rules of a list as text, inside their grouping at-rules. */
  const emit = (/** @type {CSSRuleList} */ rules, /** @type {string} */ base) => {
    let out = ''
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule) {
        const woff2 = WOFF2.exec(rule.style.getPropertyValue('src'))?.[1]
        const path = woff2 && new URL(woff2, base).pathname
        if (!path || !downloaded.has(path))
          continue
        const get = (/** @type {string} */ name) => rule.style.getPropertyValue(name)
        fontUrls.add(path)
        fonts.add(`${get('font-style') || 'normal'} ${get('font-weight') || '400'} 1em ${get('font-family')}`)
        const descriptors = ['font-family', 'font-style', 'font-weight', 'font-display', 'unicode-range']
          .filter(get)
          .map(name => `${name}:${get(name)};`)
          .join('')
        out += `@font-face{${descriptors}src:url(${path}) format("woff2")}`
      }
      else if (rule instanceof CSSStyleRule) {
        if (kept.has(rule))
          out += rooted(rule.cssText, base)
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
  frame.remove()

  const { offsetWidth: width, offsetHeight: height } = content
  const scale = (/** @type {string} */ tall) => `min(tan(atan2(100vw,${width}px)),tan(atan2(${tall},${height}px)))`
  const canvasSelector = `#${id}>.${canvasClass}`
  const frameCss = [
    `#${id}{display:none}`,
    `html.${showClass} #${id}{display:block;position:fixed;inset:0;z-index:2147483647;overflow:hidden;pointer-events:none}`,
    `${canvasSelector}{position:absolute;left:50%;top:50%;width:${width}px;height:${height}px;overflow:hidden;visibility:hidden;--slidev-slide-scale:${scale('100vh')};transform:translate(-50%,-50%) scale(var(--slidev-slide-scale))}`,
    `@supports (height:100dvh){${canvasSelector}{--slidev-slide-scale:${scale('100dvh')}}}`,
    `html.${readyClass} ${canvasSelector}{visibility:visible}`,
    `html:not(.dark) #${id}{${looks.light.container}}`,
    `html.dark #${id}{${looks.dark.container}}`,
    `html:not(.dark) ${canvasSelector}{${looks.light.canvas}}`,
    `html.dark ${canvasSelector}{${looks.dark.canvas}}`,
  ].join('')
  return { markup: clone.outerHTML, css, frame: frameCss, fontUrls: [...fontUrls], fonts: [...fonts] }
}
