import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { Buffer } from 'node:buffer'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { openDuringLoad, pressDuringLoad } from '../../scripts/lib/early-keys.mjs'
import { layoutShift, recordLayoutShift } from '../../scripts/lib/layout-shift.mjs'
import { SUBSET_SUFFIX } from '../../scripts/lib/placeholder-fonts.mjs'
import { CONTENT_CLASS, PLACEHOLDER_ID, READY_CLASS, SHOW_CLASS } from '../../scripts/lib/placeholder.mjs'
import { watchPage } from '../support/browser'
import { differingShare } from '../support/pixels'
import { deckSession, PHONE, schemeContext, VIEWPORT } from '../support/session'

/**
 * Slide 1's static placeholder (scripts/lib/placeholder.mjs) in the build
 * the e2e run made: it is in index.html, it is what the window shows before
 * the app runs (slide 1 as slides on a laptop, the reading view's first
 * screen on a phone), the app's own slide 1 replaces it with no visible
 * change and no layout shift, and it never shows where the deck does not
 * open on slide 1.
 */
const url = inject('deckUrl')
const dir = inject('deckDir')
const deck = deckSession()
/** Share of pixels that may differ between the placeholder and the app's slide (pixelmatch, threshold 0.1). */
const MAX_DIFF_SHARE = 0.001
const SCHEMES = ['light', 'dark'] as const
const STYLESHEET = /<link rel="stylesheet"[^>]*>/g
const HEADING = /^# (.+)$/m
const FONT_FACE = /@font-face\s*\{[^}]*\}/g
const SUBSET_FAMILY = new RegExp(`font-family:"([^"]+)${SUBSET_SUFFIX}"`)
const FONT_LIST = /font-family:([^;}]+)/g

/** A laptop's window, and a phone (the reading view). */
const SCREENS = {
  laptop: { viewport: VIEWPORT },
  phone: PHONE,
} as const

const contextFor = (scheme: 'light' | 'dark', options: BrowserContextOptions = {}) => schemeContext(deck.browser, scheme, options)

/** What the page recorded (see watchPlaceholder). */
interface Watched {
  /** The placeholder was shown at some point. */
  shown: boolean
  /** Layout shift of the load (CLS). */
  cls: number
  /** When it was removed: whether the app's slide 1 had its text and fonts (undefined: never removed). */
  handOver?: { sameText: boolean, subsetsLoaded: boolean, visible: boolean, firstScreen: boolean }
}

/**
 * Records, in the page, whether the placeholder was ever shown (the <html>
 * class that shows it, or the element itself visible, at any insertion or
 * frame), the state of the app's slide 1 at the moment the placeholder is
 * removed, and the layout shifts (CLS) of the load.
 */
async function watchPlaceholder(page: Page, id: string, showClass: string): Promise<void> {
  await page.addInitScript(({ id, showClass, suffix }) => {
    const w = window as unknown as { __watched: Omit<Watched, 'cls'> }
    w.__watched = { shown: false }
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
    let placeholder: HTMLElement | null = null
    const check = () => {
      placeholder ??= document.getElementById(id)
      w.__watched.shown ||= document.documentElement.classList.contains(showClass) || (!!placeholder?.isConnected && placeholder.checkVisibility())
      if (placeholder && !placeholder.isConnected && !w.__watched.handOver) {
        const seen = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        const live = [...document.querySelectorAll('.slidev-page-1')].find(seen)
        // Every slide the copy showed (the reading view's first screen: several) is drawn and visible in the app.
        const copies = [...placeholder.querySelectorAll('.slidev-page')]
        const reading = document.querySelector('.reading-view')
        const shown = reading ? [...reading.querySelectorAll('.slidev-page')].slice(0, copies.length) : [live]
        w.__watched.handOver = {
          firstScreen: shown.length === copies.length && shown.every(page => !!page && seen(page)) && shown.map(text).join(' ') === copies.map(text).join(' '),
          sameText: !!live && text(live) === text(placeholder.querySelector('.slidev-page')),
          subsetsLoaded: [...document.fonts].filter(face => face.family.replaceAll('"', '').endsWith(suffix)).every(face => face.status === 'loaded'),
          visible: !!live?.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        }
      }
    }
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] })
    const frame = () => {
      check()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }, { id, showClass, suffix: SUBSET_SUFFIX })
  await page.addInitScript(recordLayoutShift)
}

async function watched(page: Page): Promise<Watched> {
  const record = await page.evaluate(() => (window as unknown as { __watched: Omit<Watched, 'cls'> }).__watched)
  return { ...record, cls: await layoutShift(page) }
}

/** What of the app loads before the placeholder is looked at: nothing, or its stylesheets (its scripts never). */
const BLOCKED = {
  'from the HTML alone': /\.(?:m?js|css|woff2?)(?:\?|$)/,
  'with the app\'s stylesheets in': /\.m?js(?:\?|$)/,
} as const

/** Slide 1 as the placeholder draws it: the app's scripts never load (nor its stylesheets, when `blocked` says so). */
async function placeholderShot(context: BrowserContext, blocked: RegExp): Promise<Buffer> {
  const page = await context.newPage()
  await page.route(blocked, route => route.abort())
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(ready => document.documentElement.classList.contains(ready), READY_CLASS)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  expect(await page.locator('.slidev-page-1').count(), 'the app has not run').toBe(0)
  expect(await page.locator(`#${PLACEHOLDER_ID} h1`).first().isVisible(), 'the placeholder\'s headline is visible').toBe(true)
  const shot = await page.screenshot()
  await page.close()
  return shot
}

/** Slide 1 as the app draws it, once the placeholder is gone. */
async function appShot(context: BrowserContext): Promise<{ shot: Buffer, record: Watched }> {
  const page = await context.newPage()
  await watchPlaceholder(page, PLACEHOLDER_ID, SHOW_CLASS)
  await page.goto(url)
  await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'attached' })
  await expect.poll(() => page.locator(`#${PLACEHOLDER_ID}`).count(), { timeout: 10_000 }).toBe(0)
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(300)
  const shot = await page.screenshot()
  const record = await watched(page)
  await page.close()
  return { shot, record }
}

describe('the first-slide placeholder in the built index.html', () => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const [head = '', body = ''] = html.split('<body')

  it('carries slide 1\'s markup and headline before #app', () => {
    const headline = HEADING.exec(deck.slides[0]!.content)?.[1]
    expect(headline, 'slide 1 has a # headline').toBeTruthy()
    const at = body.indexOf(`id="${PLACEHOLDER_ID}"`)
    expect(at, 'the placeholder element in <body>').toBeGreaterThan(0)
    expect(at, 'it comes before #app').toBeLessThan(body.indexOf('<div id="app">'))
    expect(body, 'the copy of slide 1').toContain(`class="slidev-page ${CONTENT_CLASS}"`)
    expect(body, 'slide 1\'s headline').toContain(`<h1>${headline}</h1>`)
    expect(head, 'its CSS in <head>').toContain(`<style id="${PLACEHOLDER_ID}-css">`)
  })

  it('carries its fonts inside, as subsets under names of their own, which the app\'s font lists name after its own', () => {
    const css = /<style id="deck-placeholder-css">([^<]*)<\/style>/.exec(head)?.[1] ?? ''
    const faces = css.match(FONT_FACE) ?? []
    expect(faces.length, 'font faces in the placeholder\'s CSS').toBeGreaterThanOrEqual(2)
    expect(faces.filter(face => !face.includes('src:url(data:font/woff2;base64,') || !face.includes(`${SUBSET_SUFFIX}"`)), 'faces not inline, or under the app\'s name').toEqual([])
    expect(html, 'no font fetched before the first paint').not.toContain('as="font"')
    const app = JSON.parse(/"pageStyles".*?"fonts":(\[[^\]]*\])/.exec(body)?.[1] ?? '[]') as string[]
    expect(app.length, 'the app\'s font files, for the reading view to fetch after the paint').toBe(faces.length)
    expect(app.filter(href => !existsSync(join(dir, href))), 'font files missing from the build').toEqual([])
    const families = [...new Set(faces.map(face => SUBSET_FAMILY.exec(face)?.[1] ?? ''))]
    const appCss = readdirSync(join(dir, 'assets'), { recursive: true }).map(String).filter(name => name.endsWith('.css')).map(name => readFileSync(join(dir, 'assets', name), 'utf8')).join('\n')
    for (const family of families) {
      const lists = Array.from(appCss.replace(FONT_FACE, '').matchAll(FONT_LIST), ([, list]) => list!).filter(list => list.includes(family))
      expect(lists.length, `the app's font lists that name ${family}`).toBeGreaterThan(0)
      expect(lists.filter(list => !list.includes(`${family}","${family}${SUBSET_SUFFIX}"`) && !list.includes(`${family},"${family}${SUBSET_SUFFIX}"`)), `lists with ${family} but not its subset next`).toEqual([])
    }
  })

  it('leaves the app\'s stylesheets out of <head>, so that slide 1 does not wait for them', () => {
    expect(head.match(STYLESHEET), 'stylesheets in <head>').toBeNull()
    expect(body.match(STYLESHEET)?.length, 'stylesheets just before #app').toBeGreaterThan(0)
  })
})

describe('slide 1 before and after the app mounts', () => {
  for (const [screen, options] of Object.entries(SCREENS)) {
    for (const scheme of SCHEMES) {
      it(`looks the same on a ${screen} in ${scheme} mode, pixel for pixel within ${MAX_DIFF_SHARE * 100}%, and hands over to a drawn slide with no layout shift`, async () => {
        const context = await contextFor(scheme, options)
        const before: [string, Buffer][] = []
        for (const [name, blocked] of Object.entries(BLOCKED))
          before.push([name, await placeholderShot(context, blocked)])
        const after = await appShot(context)
        await context.close()
        for (const [name, shot] of before)
          expect(differingShare(shot, after.shot), `share of differing pixels, the placeholder ${name} vs the app`).toBeLessThanOrEqual(MAX_DIFF_SHARE)
        expect(after.record.shown, 'the placeholder was shown on the way').toBe(true)
        expect(after.record.handOver, 'the app\'s slide 1 when the placeholder went').toEqual({ sameText: true, subsetsLoaded: true, visible: true, firstScreen: true })
        expect(after.record.cls, 'cumulative layout shift of the load').toBe(0)
      })
    }
  }

  it('hands over before the app\'s own font files arrive, the app drawing slide 1 in the copy\'s subsets: the same pixels, then no change when the files come', async () => {
    const context = await contextFor('light', { viewport: VIEWPORT })
    const before = await placeholderShot(context, BLOCKED['from the HTML alone'])
    const page = await context.newPage()
    await watchPlaceholder(page, PLACEHOLDER_ID, SHOW_CLASS)
    let release = () => {}
    const held = new Promise<void>(done => release = done)
    const fonts: string[] = []
    await page.route(/\.woff2(?:\?|$)/, async (route) => {
      fonts.push(route.request().url())
      await held
      await route.continue()
    })
    await page.goto(url)
    await page.locator('.slidev-page-1 .slidev-layout').waitFor({ state: 'visible', timeout: 10_000 })
    // Well within the runtime's 2 s hand-over timeout: it hands over because the slide is drawn, not because it is late.
    await expect.poll(() => page.locator(`#${PLACEHOLDER_ID}`).count(), { timeout: 1000, message: 'the placeholder hands over with the files held back' }).toBe(0)
    await page.waitForTimeout(300)
    expect(fonts.length, 'the app asked for its font files').toBeGreaterThan(0)
    expect(await page.evaluate(() => document.fonts.status), 'its files still on their way').toBe('loading')
    // Not page.screenshot(), which waits for the fonts.
    const cdp = await context.newCDPSession(page)
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' })
    expect(differingShare(before, Buffer.from(data, 'base64')), 'share of differing pixels, the placeholder vs the app in the subsets').toBeLessThanOrEqual(MAX_DIFF_SHARE)
    release()
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(300)
    expect(differingShare(before, await page.screenshot()), 'share of differing pixels, the placeholder vs the app in its own files').toBeLessThanOrEqual(MAX_DIFF_SHARE)
    const record = await watched(page)
    expect(record.handOver, 'the app\'s slide 1 when the placeholder went').toEqual({ sameText: true, subsetsLoaded: true, visible: true, firstScreen: true })
    expect(record.cls, 'layout shift, the files coming in included').toBe(0)
    await context.close()
  })

  it('draws the placeholder in the stored scheme from its first frame', async () => {
    const context = await contextFor('dark')
    const page = await context.newPage()
    await page.route(/\.(?:m?js|css)(?:\?|$)/, route => route.abort())
    await page.goto(url)
    await page.waitForFunction(ready => document.documentElement.classList.contains(ready), READY_CLASS)
    const background = await page.locator(`#${PLACEHOLDER_ID}`).evaluate(element => getComputedStyle(element).backgroundColor)
    const light = await (await contextFor('light')).newPage()
    await light.route(/\.(?:m?js|css)(?:\?|$)/, route => route.abort())
    await light.goto(url)
    const lightBackground = await light.locator(`#${PLACEHOLDER_ID}`).evaluate(element => getComputedStyle(element).backgroundColor)
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'html.dark before any script of the app').toBe(true)
    expect(background, 'dark and light backgrounds differ').not.toBe(lightBackground)
    await context.close()
    await light.context().close()
  })
})

describe('where the placeholder never shows', () => {
  const cases = [
    { name: 'a deep link to slide 7', path: '#/7', ready: '.slidev-page-7 .slidev-layout' },
    { name: 'the presenter view', path: '#/presenter/1', ready: '.slidev-presenter' },
    { name: 'a print (?print)', path: '?print', ready: '.slidev-page-1 .slidev-layout' },
    { name: 'a print of slide 1 (#/1?print)', path: '#/1?print', ready: '.slidev-page-1 .slidev-layout' },
  ]
  for (const { name, path, ready } of cases) {
    it(`never shows on ${name}`, async () => {
      const page = await deck.context.newPage()
      await watchPlaceholder(page, PLACEHOLDER_ID, SHOW_CLASS)
      await page.goto(`${url}${path}`)
      await page.locator(ready).first().waitFor()
      await page.waitForLoadState('networkidle')
      expect((await watched(page)).shown, `placeholder shown on ${path}`).toBe(false)
      expect(await page.locator(`#${PLACEHOLDER_ID}`).count(), 'the placeholder element is removed').toBe(0)
      await page.close()
    })
  }

  it('never shows at ?view=read on a laptop (the reading view there is wider than the phone\'s copy)', async () => {
    const page = await deck.context.newPage()
    await watchPlaceholder(page, PLACEHOLDER_ID, SHOW_CLASS)
    await page.goto(`${url}?view=read`)
    await page.locator('.reading-view .reading-section[data-slide="1"] .slidev-layout').waitFor()
    expect((await watched(page)).shown, 'placeholder shown at ?view=read').toBe(false)
    await page.close()
  })

  it('never shows on a phone opened at a deep link, and its reading view loads with no layout shift', async () => {
    const phone = await deck.browser.newContext(SCREENS.phone)
    const page = await phone.newPage()
    await watchPlaceholder(page, PLACEHOLDER_ID, SHOW_CLASS)
    await page.goto(`${url}#/3`)
    await page.locator('.reading-view .reading-section[data-slide="3"] .slidev-layout').waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const record = await watched(page)
    expect(record.shown, 'placeholder shown on a phone\'s deep link').toBe(false)
    expect(record.cls, 'layout shift while the reading view loads its slides').toBe(0)
    await phone.close()
  })

  it('leaves the app\'s own stylesheets applied before the app draws a deep link (no unstyled frame)', async () => {
    const page = await deck.context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { __unstyled: boolean | undefined }
      const frame = () => {
        if (document.querySelector('#app > *')) {
          const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
          w.__unstyled = links.some(link => !link.sheet)
          return
        }
        requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })
    // The stylesheets come slowly, the scripts at once: the app must still wait for its CSS.
    await page.route(/\.css(?:\?|$)/, async (route) => {
      await new Promise(resolve => setTimeout(resolve, 800))
      await route.continue()
    })
    await page.goto(`${url}#/7`)
    await page.locator('.slidev-page-7 .slidev-layout').waitFor()
    expect(await page.evaluate(() => (window as unknown as { __unstyled: boolean | undefined }).__unstyled), 'a stylesheet still loading when the app first drew').toBe(false)
    await page.close()
  })
})

describe('input while only the placeholder shows', () => {
  it('keeps the presenter\'s key presses, says it heard them, and replays them once the app is in: → → lands on slide 3', async () => {
    const context = await contextFor('light', { viewport: VIEWPORT })
    const page = await context.newPage()
    const problems = await watchPage(page)
    const pressed = await pressDuringLoad(page, url)
    expect(pressed.early, 'the keys were pressed before the app drew slide 1').toBe(true)
    expect(pressed.said, 'the placeholder says it heard').toBe('Loading… then slide 3')
    expect(pressed.slide, 'landed on slide 3, and nowhere further').toBe(3)
    await page.locator('.slidev-page-3').waitFor({ state: 'visible', timeout: 10_000 })
    expect(problems.errors).toEqual([])
    await context.close()
  })

  it('keeps a reader\'s tap on the copy\'s "Dark mode" button and gives it to the app\'s button once the app is in', async () => {
    const context = await contextFor('light', PHONE)
    const page = await context.newPage()
    const problems = await watchPage(page)
    expect(await openDuringLoad(page, url), 'the tap came before the app drew slide 1').toBe(true)
    const button = page.locator(`#${PLACEHOLDER_ID} button`, { hasText: 'Dark mode' })
    const box = await button.boundingBox()
    expect(box, 'the copy\'s "Dark mode" button').not.toBeNull()
    await page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2)
    expect(await page.locator(`#${PLACEHOLDER_ID} [role="status"]`).textContent(), 'the placeholder says it heard').toBe('Loading…')
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'not dark while only the copy shows').toBe(false)
    await page.waitForFunction(id => !document.getElementById(id), PLACEHOLDER_ID, { timeout: 30_000 })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')), { timeout: 5000, message: 'the app\'s button took the tap' }).toBe(true)
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'once, not twice (twice is light again)').toBe(true)
    expect(problems.errors).toEqual([])
    await context.close()
  })

  it('keeps a reader\'s swipe on a phone and scrolls the reading view by it once the app is in', async () => {
    const context = await contextFor('light', PHONE)
    const page = await context.newPage()
    const problems = await watchPage(page)
    expect(await openDuringLoad(page, url), 'the swipe came before the app drew slide 1').toBe(true)
    const cdp = await context.newCDPSession(page)
    for (const [type, y] of [['touchStart', 600], ['touchMove', 400], ['touchEnd', 200]] as const)
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] })
    expect(await page.locator(`#${PLACEHOLDER_ID} [role="status"]`).textContent(), 'the placeholder says it heard').toBe('Loading…')
    await page.locator('.reading-view:not(.reading-settling)').waitFor({ timeout: 30_000 })
    const scrollTop = () => page.evaluate(() => document.querySelector('.reading-view')!.scrollTop)
    await expect.poll(scrollTop, { timeout: 10_000, message: 'the swipe moved the reading view' }).toBeGreaterThan(100)
    await page.waitForTimeout(500)
    expect(await scrollTop(), 'by the swipe\'s 200 px, once: not also natively under the copy').toBeLessThanOrEqual(260)
    expect(problems.errors).toEqual([])
    await context.close()
  })
})
