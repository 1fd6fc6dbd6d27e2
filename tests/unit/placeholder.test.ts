import { afterEach, describe, expect, it } from 'vitest'
import { isReading, READING_MAX_WIDTH } from '../../lib/reading'
import { bootApp, bootBody, bootHead, placeholderFor } from '../../scripts/lib/placeholder-runtime.mjs'
import { APP_CODE_ID, injectPlaceholder, injectSinglePlaceholder, READING_MAX_WIDTH as PLACEHOLDER_READING_MAX_WIDTH, runtimeConfig, SLIDE_ONE_HASHES } from '../../scripts/lib/placeholder.mjs'

const inputs = (over: Partial<Parameters<typeof placeholderFor>[0]> = {}) => ({ hash: '', search: '', width: 1280, readingMaxWidth: READING_MAX_WIDTH, hashes: SLIDE_ONE_HASHES, ...over })

const captured = {
  markup: { slides: '<div class="deck-placeholder-canvas"><h1>Slide one</h1></div>', reading: '<div class="deck-placeholder-reading-view"><h1>Slide one</h1></div>' },
  css: 'h1{font-size:52px}#deck-placeholder{display:none}',
  fontUrls: ['/assets/sans-400.woff2', '/assets/sans-700.woff2'],
  fonts: ['normal 400 1em "Sans"', 'normal 700 1em "Sans"'],
  fetched: {
    slides: ['/assets/index.js', '/assets/vue.js', '/assets/play.js', '/assets/shiki.css', '/assets/play.css', '/assets/md-1.js'],
    reading: ['/assets/ReadingView.js', '/assets/ReadingView.css'],
  },
}

const VITE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Deck</title>
  <script type="module" crossorigin src="/assets/index.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vue.js">
  <link rel="stylesheet" crossorigin href="/assets/shiki.css">
  <link rel="stylesheet" crossorigin href="/assets/index.css">
</head>
<body>
  <div id="app"></div>
</body>
</html>
`

describe('placeholderFor', () => {
  it('shows slide 1 as slides on the deck\'s root and on #/1, in a window wider than a phone', () => {
    for (const hash of ['', '#', '#/', '#/1'])
      expect(placeholderFor(inputs({ hash })), hash || '(no hash)').toBe('slides')
  })

  it('shows the reading view\'s first screen there on a phone', () => {
    expect(placeholderFor(inputs({ width: 390 }))).toBe('reading')
    expect(placeholderFor(inputs({ width: 390, hash: '#/1' }))).toBe('reading')
  })

  it('never shows on a deep link, the presenter view, the overview or a print', () => {
    for (const width of [390, 1280]) {
      for (const hash of ['#/7', '#/10', '#/presenter/1', '#/overview', '#/1?print', '#/1?clicks=1', '#/print'])
        expect(placeholderFor(inputs({ hash, width })), `${hash} at ${width} px`).toBe('')
      expect(placeholderFor(inputs({ search: '?print', width }))).toBe('')
      expect(placeholderFor(inputs({ search: '?embedded=true', width }))).toBe('')
    }
  })

  it('shows the copy of the form the app opens in: the same rule as the reading view', () => {
    expect(PLACEHOLDER_READING_MAX_WIDTH).toBe(READING_MAX_WIDTH)
    for (const width of [320, 390, READING_MAX_WIDTH, READING_MAX_WIDTH + 1, 1280]) {
      for (const search of ['', '?view=read', '?view=slides']) {
        const reading = isReading({ width, search, presenter: false })
        // ?view=read on a wide window: the reading view is wider than the phone's copy.
        const expected = reading ? (width > READING_MAX_WIDTH ? '' : 'reading') : 'slides'
        expect(placeholderFor(inputs({ width, search })), `${width} px, "${search}"`).toBe(expected)
      }
    }
  })
})

describe('injectPlaceholder', () => {
  const html = injectPlaceholder(VITE_HTML, captured)
  const [head = '', body = ''] = html.split('<body')

  it('puts the CSS and the head script in <head>, where neither the app\'s script nor its fonts are', () => {
    expect(html, 'the copy\'s fonts are in its CSS: the files wait for the app').not.toContain('as="font"')
    expect(head.indexOf(`<style id="deck-placeholder-css">${captured.css}</style>`)).toBeGreaterThan(0)
    expect(head).toContain('<script>(function bootHead')
    expect(html, 'the module script and its preload, fetched before the first paint').not.toMatch(/type="module"|rel="modulepreload"/)
  })

  it('puts the markup and its script first in <body>, the stylesheets just before #app, and the app\'s starter after it', () => {
    expect(body.startsWith(`>\n<div id="deck-placeholder">${captured.markup.slides}${captured.markup.reading}</div>\n<script>(function bootBody`)).toBe(true)
    expect(head).not.toContain('rel="stylesheet"')
    expect(body).toContain('<link rel="stylesheet" crossorigin href="/assets/shiki.css">\n<link rel="stylesheet" crossorigin href="/assets/index.css">\n<div id="app"></div>\n<script>(function bootApp')
    expect(body).toContain('<script>(function bootApp')
    expect(body).toContain('{"entry":"/assets/index.js"})</script>')
  })

  it('gives the body script what the app fetched on its way to slide 1, without what the page loads anyway, each once', () => {
    const app = JSON.parse(/\}\)\(\{[^<]*\},(\{"entry"[^<]*\})\)<\/script>/.exec(body.slice(0, body.indexOf('<link')))?.[1] ?? 'null')
    expect(app).toEqual({
      entry: '/assets/index.js',
      pageStyles: ['/assets/shiki.css', '/assets/index.css'],
      fonts: captured.fontUrls,
      preloads: ['/assets/vue.js'],
      route: ['/assets/play.js', '/assets/md-1.js'],
      styles: ['/assets/play.css'],
      reading: { preloads: ['/assets/ReadingView.js'], styles: ['/assets/ReadingView.css'] },
    })
  })

  it('refuses a page that already has one, or that is not Slidev\'s', () => {
    expect(() => injectPlaceholder(html, captured)).toThrow(/already has/)
    expect(() => injectPlaceholder('<html><body></body></html>', captured)).toThrow(/not the page/)
  })
})

const SINGLE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:image/svg+xml;base64,PHN2Zz4=">
<script type="module" crossorigin>const body = "<body>"; console.log(body)</script>
<style rel="stylesheet" crossorigin>@font-face{font-family:Sans;src:url(data:font/woff2;base64,AAAA)}h1{color:red}</style>
</head>
<body><style>html.wait #app{visibility:hidden}</style><script>document.fonts.forEach(() => {})</script>
  <div id="app"></div>
</body>
</html>
`

describe('injectSinglePlaceholder', () => {
  const html = injectSinglePlaceholder(SINGLE_HTML, { ...captured, fontUrls: [], fetched: { slides: [], reading: [] } })
  const [head = '', body = ''] = html.split('\n<body')

  it('takes the app\'s code and its stylesheet out of <head>, where the CSS and the head script go', () => {
    expect(head).toContain(`<style id="deck-placeholder-css">${captured.css}</style>`)
    expect(head).toContain('<script>(function bootHead')
    expect(head).not.toMatch(/type="module"|rel="stylesheet"/)
  })

  it('puts the markup, its script, then the app\'s stylesheet first in <body>, before the file\'s wait for its fonts', () => {
    const markup = body.indexOf('<div id="deck-placeholder">')
    const script = body.indexOf('<script>(function bootBody')
    const style = body.indexOf('<style rel="stylesheet" crossorigin>@font-face')
    expect(body.startsWith('>\n<div id="deck-placeholder">'), 'the markup, first').toBe(true)
    expect(script, 'then its script').toBeGreaterThan(markup)
    expect(style, 'then the app\'s stylesheet').toBeGreaterThan(script)
    expect(body.indexOf('<style>html.wait'), 'then the wait for the fonts, which must find the faces').toBeGreaterThan(style)
  })

  it('keeps the app\'s code as it was, as text after #app, and the starter that runs it after that, with no entry to fetch', () => {
    expect(body).toContain(`<div id="app"></div>\n<script type="text/plain" id="${APP_CODE_ID}">const body = "<body>"; console.log(body)</script>\n<script>(function bootApp`)
    expect(body).toContain(`{"code":"${APP_CODE_ID}"})</script>`)
    expect(body).toContain('"entry":""')
  })

  it('refuses a page that already has one, or that has no inline module script', () => {
    expect(() => injectSinglePlaceholder(html, captured)).toThrow(/already has/)
    expect(() => injectSinglePlaceholder(VITE_HTML, captured)).toThrow(/not the page/)
  })
})

describe('the inline scripts', () => {
  const config = runtimeConfig(captured)

  // happy-dom has no FontFaceSet: the fonts are taken as loaded.
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', { value: { load: async () => [], status: 'loaded' }, configurable: true })

  afterEach(() => {
    document.documentElement.className = ''
    document.body.innerHTML = ''
    localStorage.clear()
    history.replaceState(null, '', '/')
  })

  it('bootHead applies a stored dark scheme and marks <html> on slide 1', () => {
    localStorage.setItem(config.schemeKey, 'dark')
    bootHead(config, placeholderFor)
    expect([...document.documentElement.classList].sort()).toEqual(['dark', config.showClass].sort())
  })

  it('bootHead marks the reading copy on a phone', () => {
    bootHead(config, () => 'reading')
    expect([...document.documentElement.classList].sort()).toEqual([config.readingClass, config.showClass].sort())
  })

  it('bootHead leaves light (the deck\'s default) and a deep link alone', () => {
    localStorage.setItem(config.schemeKey, 'auto')
    history.replaceState(null, '', '/#/7')
    bootHead(config, placeholderFor)
    expect(document.documentElement.classList.length).toBe(0)
  })

  const app = { entry: '/assets/index.js', pageStyles: ['/assets/index.css'], fonts: ['/assets/sans.woff2'], preloads: ['/assets/vue.js'], route: ['/assets/play.js'], styles: ['/assets/play.css'], reading: { preloads: ['/assets/ReadingView.js'], styles: ['/assets/ReadingView.css'] } }

  it('bootBody removes the placeholder when <html> is not marked', () => {
    document.body.innerHTML = `<div id="${config.id}">${captured.markup.slides}${captured.markup.reading}</div>`
    bootBody(config, app)
    expect(document.getElementById(config.id)).toBeNull()
  })

  it('bootBody keeps only the copy <html> is marked for', () => {
    document.body.innerHTML = `<div id="${config.id}">${captured.markup.slides}${captured.markup.reading}</div>`
    document.documentElement.classList.add(config.showClass, config.readingClass)
    bootBody(config, app)
    expect(document.querySelector(config.readingSelector)).not.toBeNull()
    expect(document.querySelector(config.slidesSelector)).toBeNull()
    // Leaving slide 1 ends its hand-over loop.
    history.replaceState(null, '', '/#/7')
  })

  const started = () => document.querySelector<HTMLScriptElement>('body > script[type="module"]')?.getAttribute('src')
  const fetched = () => Array.from(document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]'), l => l.getAttribute('href'))
  const afterFrames = () => new Promise(done => setTimeout(done, 150))

  afterEach(() => {
    for (const node of document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]'))
      node.remove()
  })

  it('bootBody fetches the entry and Vite\'s preloads at once where no copy shows (a deep link), not slide 1\'s route', () => {
    bootBody(config, app)
    expect(fetched()).toEqual([...app.pageStyles, app.entry, ...app.preloads])
  })

  it('bootBody fetches all of slide 1\'s route once the copy\'s fonts are in, and the reading view\'s on a phone', async () => {
    document.body.innerHTML = `<div id="${config.id}">${captured.markup.slides}${captured.markup.reading}</div>`
    document.documentElement.classList.add(config.showClass, config.readingClass)
    bootBody(config, app)
    await afterFrames()
    expect(fetched()).toEqual([...app.pageStyles, ...app.fonts, app.entry, ...app.preloads, ...app.route, ...app.reading.preloads, ...app.styles, ...app.reading.styles])
    history.replaceState(null, '', '/#/7')
  })

  it('bootApp runs the entry at once where no copy shows', () => {
    bootApp(config, app)
    expect(started()).toBe(app.entry)
  })

  it('bootApp runs the single file\'s code from the page, as a module script with that text', () => {
    document.body.innerHTML = `<script type="text/plain" id="${APP_CODE_ID}">window.__ran = 1</script>`
    bootApp(config, { code: APP_CODE_ID })
    const script = document.querySelector<HTMLScriptElement>('body > script[type="module"]')
    expect(script?.textContent).toBe('window.__ran = 1')
    expect(script?.hasAttribute('src')).toBe(false)
  })

  it('bootBody fetches no entry in the single file, whose code is in the page', () => {
    bootBody(config, { ...app, entry: '' })
    expect(fetched()).toEqual([...app.pageStyles, ...app.preloads])
  })

  it('bootApp waits for the copy to be revealed before it runs the entry', async () => {
    document.documentElement.classList.add(config.showClass)
    bootApp(config, app)
    await afterFrames()
    expect(started(), 'started before the copy was painted').toBeUndefined()
    document.documentElement.classList.add(config.readyClass)
    await afterFrames()
    expect(started()).toBe(app.entry)
  })
})
