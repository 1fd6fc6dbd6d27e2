import type { SlideInfo } from '@slidev/types'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { NoteSample } from '../support/notes'
import type { FileProblems } from '../support/single-file'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { quotes } from '../../content/quotes'
import { displayText } from '../../lib/quotes'
import { pressDuringLoad } from '../../scripts/lib/early-keys.mjs'
import { layoutShift, recordLayoutShift } from '../../scripts/lib/layout-shift.mjs'
import { APP_CODE_ID, PLACEHOLDER_ID, READY_CLASS } from '../../scripts/lib/placeholder.mjs'
import { ARTICLE_TEXT } from '../support/article'
import { launchChromium } from '../support/browser'
import { walkClickStates } from '../support/clicks'
import { probeOtherHost } from '../support/csp'
import { loadDeck } from '../support/deck'
import { namedDiagramSources } from '../support/diagramSources'
import { drawnLines, parseFlowchart } from '../support/mermaidGraph'
import { finalClickUrls } from '../support/navigate'
import { sampleNotes } from '../support/notes'
import { differingShare } from '../support/pixels'
import { runScript } from '../support/scripts'
import { schemeContext } from '../support/session'
import { blockNetwork, externalReferences, watchFilePage } from '../support/single-file'
import { searchable } from '../support/text'

/**
 * The single-file deck (`npm run build:single`, both variants), opened from
 * file:// in Chromium with every request that is not file:, data: or blob:
 * aborted and counted: one file, nothing else, every slide and click, the
 * diagrams, the explorer, deep links, dark mode, the presenter view, and no
 * note text in the public copy.
 */
const MAX_BYTES = 2_500_000
/** Share of pixels that may differ between slide 1's placeholder and the app's slide (pixelmatch, threshold 0.1), as on the site. */
const MAX_DIFF_SHARE = 0.001
const MERMAID_ERROR = /Syntax error|Parse error|UnknownDiagramError|not in the single-file build/i
/** How far (screen px) a diagram label's centre may sit from its box's. */
const LABEL_TOLERANCE_PX = 2
/** ArrowRight presses the presenter may need to leave slide 1 (its clicks, then the slide). */
const MAX_PRESSES = 20

let slides: SlideInfo[]
let notes: NoteSample[]
let work: string
let browser: Browser
let context: BrowserContext
const files = { presenter: '', public: '' }
const urls = { presenter: '', public: '' }
const timings: Record<string, number> = {}
const sizes = { raw: 0, gzip: 0 }

beforeAll(async () => {
  slides = await loadDeck()
  notes = sampleNotes(slides, { shownElsewhere: [ARTICLE_TEXT, ...Object.values(quotes).map(displayText)] })
  work = mkdtempSync(join(tmpdir(), 'deck-single-'))
  files.presenter = join(work, 'deck.html')
  files.public = join(work, 'deck-public.html')
  const started = performance.now()
  // One after the other: two Slidev builds of one project share its generated modules (node_modules/.slidev).
  await runScript('build-single', ['--out', files.presenter])
  await runScript('build-single', ['--public', '--out', files.public])
  timings['build:single, both variants'] = (performance.now() - started) / 1000
  urls.presenter = pathToFileURL(files.presenter).href
  urls.public = pathToFileURL(files.public).href
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await blockNetwork(context)
})

afterAll(async () => {
  await browser?.close()
  if (work)
    rmSync(work, { recursive: true, force: true })
  process.stdout.write(`single-file timings (s): ${JSON.stringify(timings)}; presenter copy ${(sizes.raw / 1024).toFixed(0)} KB raw, ${(sizes.gzip / 1024).toFixed(0)} KB gzip\n`)
})

/** A new page watched for requests outside the file, failures and console problems. */
async function open(url: string): Promise<{ page: Page, problems: FileProblems }> {
  const page = await context.newPage()
  const problems = await watchFilePage(page, url)
  await page.goto(url)
  return { page, problems }
}

function expectClean(problems: FileProblems, where: string): void {
  expect(problems.outside, `requests outside the file on ${where}`).toEqual([])
  expect(problems.failed, `failed requests on ${where}`).toEqual([])
  expect(problems.errors, `console errors on ${where}`).toEqual([])
  expect(problems.warnings, `console warnings on ${where}`).toEqual([])
}

/** The slide (1-based) whose source uses a component, or a failure. */
function slideWith(component: string): number {
  const no = slides.findIndex(slide => slide.content.includes(`<${component}`)) + 1
  expect(no, `a slide shows <${component}>`).toBeGreaterThan(0)
  return no
}

describe('the single-file deck (presenter copy)', () => {
  it(`is one file under ${MAX_BYTES / 1e6} MB that loads nothing from elsewhere: scripts, styles, fonts and icon inline`, () => {
    const html = readFileSync(files.presenter, 'utf8')
    const raw = statSync(files.presenter).size
    sizes.raw = raw
    sizes.gzip = gzipSync(html).length
    expect(externalReferences(html), 'script/link/img sources and CSS urls that are not data:').toEqual([])
    expect(html, 'the app\'s code inline, as text that its starter runs').toMatch(new RegExp(`<script type="text/plain" id="${APP_CODE_ID}">\\S`))
    expect(html.indexOf(`<div id="${PLACEHOLDER_ID}">`), 'slide 1\'s placeholder, before the app\'s code').toBeGreaterThan(0)
    expect(html.indexOf(`<div id="${PLACEHOLDER_ID}">`), 'slide 1\'s placeholder, before the app\'s code').toBeLessThan(html.indexOf(`id="${APP_CODE_ID}"`))
    expect(html, 'inline styles with the deck\'s fonts as data: URLs').toMatch(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,/)
    expect(raw, 'file size in bytes').toBeLessThan(MAX_BYTES)
  })

  it('walks every slide to its last click with ArrowRight, as the served site does, with no request outside the file, no error or warning', async () => {
    const page = await context.newPage()
    const problems = await watchFilePage(page, urls.presenter)
    const visited = await walkClickStates(page, urls.presenter)
    const served = inject('clickStates')
    expect(visited.map(url => new URL(url).hash), 'click states from file:// vs the served site').toEqual(served.map(url => new URL(url).hash))
    expect(await page.locator(`.slidev-page-${slides.length}`).isVisible(), 'the last slide is visible').toBe(true)
    const icons = await page.locator('link[rel~="icon"]').evaluateAll(links => links.map(link => (link as HTMLLinkElement).href.slice(0, 40)))
    expect(icons.length, 'favicon links').toBeGreaterThan(0)
    expect(icons.filter(href => !href.startsWith('data:')), 'favicon links that are not data: URLs').toEqual([])
    const faces = await page.evaluate(async () => {
      await document.fonts.ready
      return Array.from(document.fonts, face => `${face.family.replaceAll('"', '')} ${face.weight} ${face.style}: ${face.status}`)
    })
    expect(faces.filter(face => face.endsWith('error')), 'font faces that failed').toEqual([])
    expect(faces, 'the sans face loaded').toContain(`${slides[0]?.frontmatter.fonts?.sans} 400 normal: loaded`)
    expectClean(problems, 'the walk through all clicks')
    await page.close()
  })

  it('opens every slide by deep link (#/N), at its last click too', async () => {
    const finals = finalClickUrls(inject('clickStates'))
    const page = await context.newPage()
    const problems = await watchFilePage(page, urls.presenter)
    for (let no = 1; no <= slides.length; no++) {
      for (const hash of new Set([`#/${no}`, new URL(finals[no - 1]!).hash])) {
        await page.goto(`${urls.presenter}${hash}`)
        await page.reload()
        await page.locator(`.slidev-page-${no}`).waitFor()
        expect(new URL(page.url()).hash, 'hash after loading').toBe(hash)
        expect(await page.locator(`.slidev-page-${no}`).isVisible(), `slide ${no} visible at ${hash}`).toBe(true)
      }
    }
    expectClean(problems, 'deep links')
    await page.close()
  })

  it('opens with no layout shift: its first frame is drawn in the deck\'s fonts', async () => {
    for (const [hash, no] of [['', 1], ['#/3', 3]] as const) {
      const page = await context.newPage()
      await page.addInitScript(recordLayoutShift)
      await page.goto(`${urls.presenter}${hash}`)
      await page.locator(`.slidev-page-${no} .slidev-layout`).waitFor()
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      await page.waitForTimeout(500)
      expect(await layoutShift(page), `layout shift opening ${hash || 'the file'}`).toBe(0)
      await page.close()
    }
  })

  it(`draws the placeholder as the app then draws slide 1, within ${MAX_DIFF_SHARE * 100}% of pixels, in light and dark`, async () => {
    const withoutApp = join(work, 'deck-without-app.html')
    const html = readFileSync(files.presenter, 'utf8')
    const appCode = new RegExp(`<script type="text/plain" id="${APP_CODE_ID}">[\\s\\S]*?</script>`)
    expect(html, 'the app\'s code, to leave out').toMatch(appCode)
    writeFileSync(withoutApp, html.replace(appCode, ''))
    for (const scheme of ['light', 'dark'] as const) {
      const schemed = await schemeContext(browser, scheme)
      await blockNetwork(schemed)
      const shot = async (url: string, ready: (page: Page) => Promise<unknown>) => {
        const page = await schemed.newPage()
        await page.goto(url)
        await ready(page)
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        await page.waitForTimeout(300)
        return page.screenshot()
      }
      // What the window shows before the app runs: the file without the app's code.
      const before = await shot(pathToFileURL(withoutApp).href, async (page) => {
        await page.waitForFunction(ready => document.documentElement.classList.contains(ready), READY_CLASS)
        expect(await page.locator(`#${PLACEHOLDER_ID} h1`).first().isVisible(), 'the placeholder\'s headline, with no app').toBe(true)
      })
      const after = await shot(urls.presenter, async (page) => {
        await expect.poll(() => page.locator(`#${PLACEHOLDER_ID}`).count(), { timeout: 10_000 }).toBe(0)
        await page.locator('.slidev-page-1 .slidev-layout').waitFor()
      })
      expect(differingShare(before, after), `share of differing pixels, placeholder vs app, ${scheme}`).toBeLessThanOrEqual(MAX_DIFF_SHARE)
      await schemed.close()
    }
  })

  it('keeps the presenter\'s → → pressed while only the placeholder shows, on a slow CPU, and lands on slide 3', async () => {
    const page = await context.newPage()
    const problems = await watchFilePage(page, urls.presenter)
    const pressed = await pressDuringLoad(page, urls.presenter)
    expect(pressed.early, 'the keys were pressed before the app drew slide 1').toBe(true)
    // Not `said`: the file's code runs in one long task (1.6 s at this CPU), which the keys wait out, and the app is in soon after.
    expect(pressed.slide, 'landed on slide 3, and nowhere further').toBe(3)
    await page.locator('.slidev-page-3').waitFor({ state: 'visible' })
    expectClean(problems, 'keys during load')
    await page.close()
  })

  for (const copy of ['presenter', 'public'] as const) {
    it(`carries a Content-Security-Policy in the ${copy} copy that lets nothing in but what the file carries`, async () => {
      const { page, problems } = await open(urls[copy])
      await page.locator('.slidev-page-1').waitFor()
      const { blocked, policy } = await probeOtherHost(page)
      expect(policy, 'no origin, no connection; scripts by hash').toMatch(/^default-src 'none'; script-src 'sha256-[^;]+; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'/)
      expect(blocked).toEqual({ fetch: ['connect-src'], image: ['img-src'], font: ['font-src'] })
      expect(problems.errors.filter(e => !e.includes('cdn.example.invalid')), 'violations by the file itself').toEqual([])
      await page.close()
    })
  }

  it('draws every Mermaid diagram, every node', async () => {
    const diagrams = slides.flatMap((slide, index) => typeof slide.frontmatter.diagram === 'string' ? [{ no: index + 1, name: slide.frontmatter.diagram }] : [])
    expect(diagrams.length, 'diagram slides').toBeGreaterThan(0)
    for (const { no, name } of diagrams) {
      const graph = parseFlowchart(namedDiagramSources(name)[0]!)
      const { page, problems } = await open(`${urls.presenter}#/${no}`)
      const slide = page.locator(`.slidev-page-${no}`)
      const svg = slide.locator('.mermaid svg').first()
      await svg.waitFor({ timeout: 20_000 }).catch(() => {})
      expect(await slide.textContent(), `slide ${no} (${name}): Mermaid error text`).not.toMatch(MERMAID_ERROR)
      expect(await slide.locator('.mermaid svg').count(), `slide ${no} (${name}): one diagram drawn`).toBe(1)
      if (graph.direction === 'sequence') {
        // A sequence diagram has no node boxes: every participant and message is drawn as text.
        const drawn = (await svg.evaluate(el => Array.from(el.querySelectorAll('text'), t => t.textContent).join(' '))).replace(/\s+/g, ' ')
        for (const line of drawnLines(graph))
          expect(drawn, `slide ${no} (${name}): "${line}" drawn`).toContain(line)
        expectClean(problems, `slide ${no} (${name})`)
        await page.close()
        continue
      }
      expect(await svg.locator('g.node').count(), `slide ${no} (${name}): nodes drawn`).toBe(graph.nodes.size)
      // Boxes are sized from labels measured in the deck's font: measured before it loads, they do not fit.
      const offCentre = await svg.locator('g.node').evaluateAll((nodes, tolerance) => nodes.flatMap((node) => {
        const box = node.querySelector('rect, polygon, path')!.getBoundingClientRect()
        const label = node.querySelector('.nodeLabel')!.getBoundingClientRect()
        const gap = Math.abs((box.left + box.right) / 2 - (label.left + label.right) / 2)
        return gap > tolerance ? [`${node.textContent!.trim()}: label ${gap.toFixed(1)} px off the centre of its box`] : []
      }), LABEL_TOLERANCE_PX)
      expect(offCentre, `slide ${no} (${name}): labels centred in their boxes`).toEqual([])
      expectClean(problems, `slide ${no} (${name})`)
      await page.close()
    }
  })

  it('runs the request-routing explorer by mouse and by keyboard', async () => {
    const no = slideWith('RequestRouter')
    const final = new URL(finalClickUrls(inject('clickStates'))[no - 1]!).hash
    const { page, problems } = await open(`${urls.presenter}${final}`)
    const slide = page.locator(`.slidev-page-${no}`)
    const options = (group: string) => slide.locator(`[data-group="${group}"] [data-choice]`)
    const checked = (group: string) => slide.locator(`[data-group="${group}"] [aria-checked="true"]`).getAttribute('data-choice')
    const announced = () => slide.locator('[aria-live]').innerText()
    await options('phase').first().waitFor()
    const phases = await options('phase').evaluateAll(els => els.map(el => el.getAttribute('data-choice')!))
    expect(phases, 'phase options').toEqual(['before', 'after'])
    const first = await announced()
    await options('phase').first().click()
    await expect.poll(() => checked('phase'), { message: 'a click chooses Before' }).toBe('before')
    await expect.poll(announced, { message: 'the announcement follows the click' }).not.toBe(first)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => checked('phase'), { message: 'ArrowRight chooses After' }).toBe('after')
    expect(new URL(page.url()).hash, 'arrow keys inside the explorer do not change slide').toBe(final)
    expectClean(problems, `the explorer on slide ${no}`)
    await page.close()
  })

  it('toggles dark mode with the "d" key: the page and the slide background change', async () => {
    const { page, problems } = await open(`${urls.presenter}#/1`)
    const layout = page.locator('.slidev-page-1 .slidev-layout')
    await layout.waitFor()
    const background = () => layout.evaluate(el => getComputedStyle(el).backgroundColor)
    const light = await background()
    expect(await page.locator('html.dark').count(), 'light by default').toBe(0)
    await page.keyboard.press('d')
    await expect.poll(() => page.locator('html.dark').count(), { message: 'dark after "d"' }).toBe(1)
    expect(await background(), 'slide background in dark mode').not.toBe(light)
    await page.keyboard.press('d')
    await expect.poll(() => page.locator('html.dark').count(), { message: 'light again' }).toBe(0)
    expectClean(problems, 'dark mode')
    await page.close()
  })

  it('opens the presenter view at #/presenter/1: notes, next slide, a timer that runs', async () => {
    const { page, problems } = await open(`${urls.presenter}#/presenter/1`)
    const presenter = page.locator('.slidev-presenter')
    const firstNote = slides[0]!.note!.trim().split('\n')[0]!.trim()
    await expect.poll(() => presenter.getByText(firstNote, { exact: false }).first().isVisible(), { message: 'slide 1 notes' }).toBe(true)
    expect(await presenter.locator('.grid-section.next .slidev-page-2').isVisible(), 'slide 2 as the next slide').toBe(true)
    const timer = presenter.locator('.grid-section.bottom .font-mono')
    await presenter.locator('.grid-section.bottom .group').hover()
    await presenter.locator('.i-carbon\\:play').click()
    await expect.poll(() => timer.innerText(), { message: 'the timer counts', timeout: 5000 }).toMatch(/0:0[1-9]/)
    expectClean(problems, 'the presenter view')
    await page.close()
  })

  it('drives a second window of the same file from the presenter view (same browser)', async () => {
    const { page: presenter } = await open(`${urls.presenter}#/presenter/1`)
    const { page: audience } = await open(`${urls.presenter}#/1`)
    await presenter.locator('.slidev-presenter').waitFor()
    await audience.locator('.slidev-page-1').waitFor()
    await presenter.bringToFront()
    for (let i = 0; i < MAX_PRESSES && !presenter.url().includes('#/presenter/2'); i++)
      await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(audience.url()).hash, { message: 'the audience window follows' }).toMatch(/^#\/2(\?|$)/)
    await presenter.close()
    await audience.close()
  })
})

describe('the single-file deck, public copy', () => {
  it('ships no presenter-note passage', () => {
    const text = searchable(readFileSync(files.public, 'utf8'))
    expect(notes.length, 'note passages to look for').toBeGreaterThanOrEqual(3)
    expect(notes.filter(note => text.includes(searchable(note.text))).map(note => `slide ${note.slide}: ${note.text}`), 'note passages in the public file').toEqual([])
  })

  it('is checked with passages that the presenter copy does ship', () => {
    const text = searchable(readFileSync(files.presenter, 'utf8'))
    const found = notes.filter(note => text.includes(searchable(note.text)))
    expect(found.length, `note passages found in the presenter copy (${found.length} of ${notes.length})`).toBe(notes.length)
  })

  it('does not open the presenter view at #/presenter/1, and still shows the slides', async () => {
    const { page, problems } = await open(`${urls.public}#/presenter/1`)
    await page.locator('#app > *').first().waitFor({ state: 'attached' })
    await page.waitForTimeout(500)
    expect(await page.locator('.slidev-presenter').count(), 'presenter view elements').toBe(0)
    await page.goto(`${urls.public}#/${slides.length}`)
    await page.reload()
    await page.locator(`.slidev-page-${slides.length}`).waitFor()
    expectClean(problems, 'the public copy')
    await page.close()
  })
})
