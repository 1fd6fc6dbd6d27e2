import type { SlideInfo } from '@slidev/types'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { NoteSample } from '../support/notes'
import type { Served } from '../support/server'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { articleFacts } from '../../content/articleFacts'
import { quotes } from '../../content/quotes'
import { routes } from '../../content/routes'
import { sources } from '../../content/sources'
import { displayText } from '../../lib/quotes'
import { ROUTE_TITLE } from '../../lib/router'
import { RAW_COPY_ENV } from '../../scripts/export.mjs'
import { ARTICLE_TEXT } from '../support/article'
import { launchChromium, watchPage } from '../support/browser'
import { slideNumber } from '../support/clicks'
import { probeOtherHost } from '../support/csp'
import { loadDeck } from '../support/deck'
import { missingDiagramLabels } from '../support/diagramPdf'
import { namedDiagramSources } from '../support/diagramSources'
import { drawnLines, parseFlowchart } from '../support/mermaidGraph'
import { sampleNotes } from '../support/notes'
import { inkPerPage, outlineTitles, pageCount, pageTexts, pageWords, pdfLinks, pixelsChanged, renderPages } from '../support/pdf'
import { pdfAccessibility } from '../support/pdfTags'
import { runScript } from '../support/scripts'
import { serve } from '../support/server'
import { PHONE } from '../support/session'
import { searchable } from '../support/text'

/**
 * The outputs, made by the same scripts as `npm run build:public`,
 * `export:clicks` and `export:notes`, into temporary folders: the public site
 * under a non-root base (with the briefing PDF in it), the per-click PDF and
 * the notes handout.
 */
const BASE = '/a/b/'
/** A blank page has no ink; a slide with a headline has well over this share. */
const MIN_INK = 0.002
/** The footer (source line and slide number) sits in the bottom part of a page. */
const FOOTER_BAND = 0.15

const deckDir = inject('deckDir')
const timings: Record<string, number> = {}
let slides: SlideInfo[]
let work: string
/** Where the export leaves Chromium's PDF as it came, before it is finished. */
let rawDir: string
let site: string
let pdfName: string
let notes: NoteSample[]
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  slides = await loadDeck()
  // The article is public and the content layer ships its words as evidence: a note passage
  // that repeats the article is not presenter-only text.
  notes = sampleNotes(slides, { shownElsewhere: [ARTICLE_TEXT, ...Object.values(quotes).map(displayText)] })
  pdfName = `${slides[0]?.frontmatter.exportFilename ?? 'slides-export'}.pdf`
  work = mkdtempSync(join(tmpdir(), 'deck-outputs-'))
  site = join(work, 'public')
  rawDir = join(work, 'raw')
  mkdirSync(rawDir)
  timings['build:public with PDF'] = (await runScript('build', ['--public', '--pdf', '--out', site], { BASE, [RAW_COPY_ENV]: rawDir })).seconds
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
})

afterAll(async () => {
  await browser?.close()
  if (work)
    rmSync(work, { recursive: true, force: true })
  process.stdout.write(`output timings (s): ${JSON.stringify(timings)}\n`)
})

/** Every file under a folder, with its path relative to it. */
function filesUnder(dir: string): { name: string, text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return { name: path.slice(dir.length + 1), text: searchable(readFileSync(path, 'utf8')) }
    })
}

/** Note passages that occur in some file of a folder, each with the file that has it. */
function notesFoundIn(dir: string): string[] {
  const files = filesUnder(dir)
  return notes.flatMap(({ slide, text }) => {
    const hit = files.find(file => file.text.includes(searchable(text)))
    return hit ? [`slide ${slide}: "${text}" in ${hit.name}`] : []
  })
}

/** Provenance tags, which a slide's footer repeats outside its diagram. */
const PROVENANCE_WORDS = /context|inferred|¶|article’s date/

/**
 * The machine-checkable PDF/UA-1 (Matterhorn Protocol) conditions every
 * export meets: tagged, language, title shown, XMP identifier and title, an
 * outline; on every page a structure tree, no painting outside marked
 * content, no tagged content inside an artifact or the reverse, headings that
 * skip no level, a Link tag and /Contents for every link, /Alt on every
 * figure, and a diagram's labels never read as loose text (a figure is read
 * by its /Alt). `slidePages`: every page is a slide, whose first heading is
 * its one H1.
 */
async function expectAccessiblePdf(file: string, where: string, { slidePages }: { slidePages: boolean }) {
  const pdf = await pdfAccessibility(file)
  expect({ marked: pdf.marked, lang: pdf.lang, displayDocTitle: pdf.displayDocTitle }, `${where}: tagged, in the deck's language, its title shown`).toEqual({ marked: true, lang: slides[0]!.frontmatter.lang, displayDocTitle: true })
  expect(pdf.lang, `${where}: a BCP 47 language`).toMatch(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)
  expect(pdf.title, `${where}: the deck's title, not Slidev's`).toBe(slides[0]!.frontmatter.title)
  expect(pdf.xmp, `${where}: XMP identification`).toEqual({ part: '1', title: slides[0]!.frontmatter.title })
  expect(pdf.outline, `${where}: bookmarks`).toBeGreaterThan(0)
  const problems: string[] = []
  pdf.pages.forEach((page, i) => {
    const at = `${where} page ${i + 1}`
    if (!page.tree?.children.length)
      problems.push(`${at}: no structure`)
    if (page.unmarkedPaint)
      problems.push(`${at}: ${page.unmarkedPaint} painting operations outside marked content`)
    if (page.taggedInArtifact || page.artifactInTagged)
      problems.push(`${at}: tagged content inside an artifact (${page.taggedInArtifact}) or an artifact inside tagged content (${page.artifactInTagged})`)
    const levels = page.headings.map(h => Number(h.slice(1)))
    levels.forEach((level, j) => {
      if (level > (j ? levels[j - 1]! : 1) + 1 || (j === 0 && level > 2))
        problems.push(`${at}: heading H${level} skips a level (${page.headings.join(' ')})`)
    })
    if (slidePages && (page.headings[0] !== 'H1' || page.headings.filter(h => h === 'H1').length !== 1))
      problems.push(`${at}: a slide page's first heading is its one H1 (${page.headings.join(' ') || 'none'})`)
    if (page.figures.some(alt => alt.length < 20))
      problems.push(`${at}: a figure without alternate text`)
    if (page.linkTags !== page.links.length || page.links.some(link => !link.contents))
      problems.push(`${at}: ${page.links.length} links, ${page.linkTags} Link tags, contents: ${page.links.map(l => l.contents).join(', ')}`)
  })
  expect(problems).toEqual([])
  return pdf
}

describe('the briefing PDF', () => {
  let pdf: string
  let texts: string[]

  beforeAll(async () => {
    pdf = join(site, pdfName)
    texts = await pageTexts(pdf)
  })

  it('has one page per slide', async () => {
    expect(await pageCount(pdf), `pages of ${pdfName}`).toBe(slides.length)
  })

  it('is a tagged PDF a screen reader can follow: structure, headings, figures with alt text, artifacts, PDF/UA-1 metadata', async () => {
    const tagged = await expectAccessiblePdf(pdf, 'the briefing PDF', { slidePages: true })
    // Every diagram is a figure whose alternate text is its title and its description; the printed explorer is two.
    const expected = slides.map(slide => typeof slide.frontmatter.diagram === 'string' ? namedDiagramSources(slide.frontmatter.diagram, 'print').map(code => parseFlowchart(code)) : [])
    tagged.pages.forEach((page, i) => {
      expect(page.figures.map(alt => alt.slice(0, 12)), `page ${i + 1}: its figures`).toEqual(expected[i]!.map(graph => graph.accTitle!.slice(0, 12)))
      for (const [j, graph] of expected[i]!.entries())
        expect(page.figures[j], `page ${i + 1}: figure ${j + 1} is described`).toContain(graph.accDescr!.slice(0, 40))
      // A figure is read by its /Alt: its labels are not read again as loose text.
      // (Lines of three words or more, and no provenance tags: a footer names the same sources.)
      for (const line of expected[i]!.flatMap(drawnLines).filter(l => l.split(' ').length >= 3 && !PROVENANCE_WORDS.test(l)))
        expect(searchable(page.readText), `page ${i + 1}: "${line}" read outside its figure`).not.toContain(searchable(line))
    })
  })

  it('draws every page the same as Chromium did: tagging and artifacts change nothing painted', async () => {
    const raw = join(rawDir, pdfName)
    const [before, after] = [await renderPages(raw, browser, 50), await renderPages(pdf, browser, 50)]
    expect(after.length).toBe(before.length)
    const differ = after.flatMap((page, i) => {
      const changed = pixelsChanged(before[i]!, page)
      return changed > 0.0005 ? [`page ${i + 1}: ${(changed * 100).toFixed(3)}% of pixels differ`] : []
    })
    expect(differ).toEqual([])
  })

  it('has one bookmark per titled slide, in slide order', async () => {
    const titled = slides.filter(slide => slide.title).map(slide => searchable(slide.title!))
    const bookmarks = (await outlineTitles(pdf)).map(searchable)
    expect(bookmarks, 'PDF outline vs the titles of the slides').toEqual(titled)
  })

  it('shows the display text of every registered quote', () => {
    const text = searchable(texts.join(' '))
    const missing = Object.values(quotes).filter(quote => !text.includes(searchable(displayText(quote))))
    expect(missing.map(quote => `${quote.id}: ${displayText(quote)}`), 'quotes not found in the PDF text').toEqual([])
  })

  it('draws every diagram: its node labels are in the page text', async () => {
    expect(slides.some(slide => slide.frontmatter.diagram), 'slides with diagrams').toBe(true)
    expect(await missingDiagramLabels(pdf, slides), 'diagram labels missing from their PDF page').toEqual({})
  })

  it('prints every fact of the article on its slide\'s page: the handout is read without the speaker', () => {
    const missing: string[] = []
    for (const fact of articleFacts.filter(f => !f.notesOnly)) {
      const page = slides.findIndex(slide => slide.frontmatter.slug === fact.slide)
      expect(page, `${fact.id}: slide ${fact.slide}`).toBeGreaterThanOrEqual(0)
      const text = searchable(texts[page]!)
      for (const phrase of [...fact.shows, ...(fact.quote ? [displayText(quotes[fact.quote])] : [])]) {
        if (!text.includes(searchable(phrase)))
          missing.push(`${fact.id} (${fact.text}): "${phrase}" not on PDF page ${page + 1}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('prints the request explorer as its static state: both routes drawn, no controls', () => {
    const page = slides.findIndex(slide => slide.content.includes('<RequestRouter'))
    expect(page, 'a slide shows the RequestRouter').toBeGreaterThanOrEqual(0)
    const text = searchable(texts[page]!)
    expect(text, 'the earlier route, with its dotted hop').toContain(searchable(ROUTE_TITLE.before))
    expect(text).toContain(searchable('calls one minister, then another · context'))
    expect(text, 'the route through the SRE, and who heads it').toContain(searchable(ROUTE_TITLE.after))
    expect(text).toContain(searchable('passed on · inferred'))
    expect(text, 'the live toggle, its two options side by side').not.toContain(searchable('Before After'))
  })

  it('keeps every external link of the slides clickable, on its slide\'s page', async () => {
    const links = await pdfLinks(pdf)
    const expected = Object.values(sources).flatMap(source => source.url ? [source.url] : [])
    expect(expected.length, 'external links in the deck').toBeGreaterThan(0)
    for (const url of expected) {
      const page = slides.findIndex(slide => slide.content.includes('<SourceList')) + 1
      expect(links, `link to ${url}`).toContainEqual({ page, url })
    }
  })

  it('has no blank page', async () => {
    const ink = await inkPerPage(pdf, browser)
    const blank = texts.flatMap((text, i) => text.trim() && (ink[i] ?? 0) > MIN_INK ? [] : [`page ${i + 1} (${slides[i]?.title ?? 'untitled'}): ${text.trim().length} characters, ${((ink[i] ?? 0) * 100).toFixed(2)}% ink`])
    expect(blank, 'blank pages').toEqual([])
  })

  it('prints each slide\'s own number in the footer of three sampled pages', async () => {
    const numbered = slides.flatMap((slide, i) => slide.frontmatter.footer === false ? [] : [i + 1])
    const sampled = [...new Set([numbered[0], numbered[Math.floor(numbered.length / 2)], numbered.at(-1)])].filter(n => n !== undefined)
    expect(sampled.length, 'pages with a footer to sample').toBeGreaterThanOrEqual(Math.min(3, numbered.length))
    for (const page of sampled) {
      const { height, words } = await pageWords(pdf, page)
      const footer = words.filter(word => word.yMin > height * (1 - FOOTER_BAND)).map(word => word.text)
      expect(footer, `footer words on page ${page} (${slides[page - 1]?.title ?? 'untitled'})`).toContain(String(page))
    }
  })
})

describe('the per-click PDF', () => {
  let pdf: string

  beforeAll(async () => {
    pdf = join(work, 'clicks.pdf')
    timings['export:clicks'] = (await runScript('export', ['clicks', '--output', pdf])).seconds
  })

  it('is tagged as the briefing PDF is', async () => {
    await expectAccessiblePdf(pdf, 'the per-click PDF', { slidePages: true })
  })

  it('has one page per click state of the deck', async () => {
    const states = inject('clickStates')
    expect(states.at(-1), 'the walk ends on the last slide').toMatch(new RegExp(`#/${slides.length}(\\?|$)`))
    expect(await pageCount(pdf), `pages of the per-click PDF vs click states ${states.join(' ')}`).toBe(states.length)
  })

  it('builds the request route hop by hop, as the clicks do live: every page of its slide draws more', async () => {
    const no = slides.findIndex(slide => slide.content.includes('<RequestRouter')) + 1
    const pages = inject('clickStates').flatMap((state, index) => slideNumber(state) === no ? [index] : [])
    expect(pages.length, 'click states of the explorer').toBe(routes.after.hops.length + 1)
    // A hop not yet lit is laid out but not painted: only the ink tells the pages apart.
    const ink = (await inkPerPage(pdf, browser, 40)).filter((_, index) => pages.includes(index))
    for (let i = 1; i < ink.length; i++)
      expect(ink[i]!, `ink of click ${i} over click ${i - 1} (${ink.map(v => (v * 100).toFixed(2)).join(', ')} %)`).toBeGreaterThan(ink[i - 1]!)
  })
})

describe('the notes handout', () => {
  let pdf: string

  beforeAll(async () => {
    pdf = join(work, 'notes.pdf')
    timings['export:notes'] = (await runScript('export', ['notes', '--output', pdf])).seconds
  })

  it('is tagged too: the deck\'s title, then each slide\'s as a heading over its notes', async () => {
    await expectAccessiblePdf(pdf, 'the notes handout', { slidePages: false })
  })

  it('contains the notes of three sampled slides', async () => {
    const text = searchable((await pageTexts(pdf)).join(' '))
    const withNotes = [...new Set(notes.map(sample => sample.slide))]
    const sampled = new Set([withNotes[0], withNotes[Math.floor(withNotes.length / 2)], withNotes.at(-1)])
    expect(sampled.size, 'slides with notes to sample').toBeGreaterThanOrEqual(Math.min(3, withNotes.length))
    const missing = notes
      .filter(sample => sampled.has(sample.slide) && !text.includes(searchable(sample.text)))
      .map(sample => `slide ${sample.slide} (${sample.title}): "${sample.text}"`)
    expect(missing, 'note passages not found in the notes handout').toEqual([])
  })
})

describe(`the public site under ${BASE} on a plain static server`, () => {
  let served: Served

  beforeAll(async () => {
    served = await serve(site, { spa: false, base: BASE })
  })

  afterAll(async () => {
    await served?.close()
  })

  /** Opens a page of the site, recording problems and every failed response. */
  async function open(path: string): Promise<{ page: Page, problems: Awaited<ReturnType<typeof watchPage>>, failed: string[], fonts: string[] }> {
    const page = await context.newPage()
    const problems = await watchPage(page)
    const failed: string[] = []
    const fonts: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`)
      if (response.request().resourceType() === 'font')
        fonts.push(response.url())
    })
    await page.goto(`${served.url}${path}`)
    return { page, problems, failed, fonts }
  }

  it('opens a deep link to the last slide, and again after a reload', async () => {
    const last = slides.length
    const { page } = await open(`#/${last}`)
    await page.locator(`.slidev-page-${last}`).waitFor()
    await page.reload()
    await page.locator(`.slidev-page-${last}`).waitFor()
    await page.waitForLoadState('networkidle')
    expect(page.url(), 'URL after the reload').toBe(`${served.url}#/${last}`)
    expect(await page.locator(`.slidev-page-${last}`).isVisible(), `slide ${last} is visible after the reload`).toBe(true)
    await page.close()
  })

  it('reads as one scroll on a phone, opened at the deep-linked section', async () => {
    const phone = await browser.newContext(PHONE)
    const page = await phone.newPage()
    const problems = await watchPage(page)
    await page.goto(`${served.url}#/9`)
    await page.locator('.reading-view .reading-section[data-slide="9"]').waitFor()
    // Sections are drawn up to the linked one, the rest as the reader nears them.
    expect(await page.locator('.reading-section').count(), 'sections').toBeGreaterThanOrEqual(9)
    await expect.poll(() => page.evaluate(() => {
      const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom
      // `|| 0`: a section a fraction of a pixel above the bar rounds to -0, which is 0.
      return Math.round(document.querySelector('.reading-section[data-slide="9"]')!.getBoundingClientRect().top - bar) || 0
    }), { timeout: 10_000 }).toBe(0)
    expect(problems.errors, 'console errors').toEqual([])
    expect(problems.offHost, 'off-host requests').toEqual([])
    await phone.close()
  })

  it('loads every asset, fonts and favicon included, from under the base path, with no off-host request', async () => {
    const { page, problems, failed, fonts } = await open('#/1')
    await page.locator('.slidev-page-1').waitFor()
    await page.waitForLoadState('networkidle')
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter(face => face.status === 'loaded').map(face => face.family.replaceAll('"', ''))
    })
    const icon = await page.locator('link[rel~="icon"]').evaluate(link => (link as HTMLLinkElement).href)
    const iconResponse = await page.request.get(icon)
    expect(failed, 'failed responses').toEqual([])
    expect(problems.offHost, 'off-host requests').toEqual([])
    expect(problems.errors, 'console errors').toEqual([])
    expect(loaded, 'font faces loaded').toContain(slides[0]?.frontmatter.fonts?.sans)
    expect(fonts.length, 'font files requested').toBeGreaterThan(0)
    expect(fonts.filter(url => !url.startsWith(served.url)), 'font files outside the base path').toEqual([])
    expect(icon.startsWith(served.url), `favicon ${icon} under ${served.url}`).toBe(true)
    expect(iconResponse.status(), `favicon ${icon}`).toBe(200)
    await page.close()
  })

  it('carries the site\'s Content-Security-Policy, which blocks a fetch, an image and a font from another host', async () => {
    const { page } = await open('#/1')
    await page.locator('.slidev-page-1').waitFor()
    const { blocked, policy } = await probeOtherHost(page)
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/)
    expect(blocked).toEqual({ fetch: ['connect-src'], image: ['img-src'], font: ['font-src'] })
    await page.close()
  })

  it('offers the PDF for download from under the base path', async () => {
    const { page } = await open('#/1')
    await page.locator('.slidev-page-1').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[title="Download as PDF"]').click({ force: true, timeout: 15_000 }),
    ])
    expect(download.url(), 'the download button\'s file').toBe(`${served.url}${pdfName}`)
    const response = await page.request.get(download.url())
    expect(response.status(), `${download.url()}`).toBe(200)
    expect((await response.body()).subarray(0, 5).toString('latin1'), 'the file is a PDF').toBe('%PDF-')
    await page.close()
  })

  it('ships no presenter-note passage in any of its files', () => {
    expect(notes.length, 'note passages to look for').toBeGreaterThanOrEqual(3)
    expect(notesFoundIn(site), 'note passages in the public build').toEqual([])
  })

  it('is checked with passages that the presenter build does ship', () => {
    const found = notesFoundIn(deckDir)
    expect(found.length, `note passages found in the presenter build (${found.length} of ${notes.length})`).toBe(notes.length)
  })

  it('does not open the presenter view or any notes at /#/presenter/1', async () => {
    const { page } = await open('#/presenter/1')
    await page.waitForLoadState('networkidle')
    await page.locator('#app > *').first().waitFor({ state: 'attached' })
    const text = searchable(await page.locator('body').textContent() ?? '')
    expect(await page.locator('.slidev-presenter').count(), 'presenter view elements').toBe(0)
    expect(notes.filter(sample => text.includes(searchable(sample.text))).map(sample => sample.text), 'notes on the page').toEqual([])
    await page.close()
  })
})
