import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeProblems } from '../support/axe'
import { watchPage } from '../support/browser'
import { deckSession, PHONE, schemeContext } from '../support/session'
import { searchable } from '../support/text'

/**
 * The reading view (components/ReadingView.vue) on phones: the built deck
 * opened with a phone's viewport, touch and user agent, as the posted link is.
 */
const url = inject('deckUrl')
const deck = deckSession()

const PHONES = [
  { name: '390 × 844', viewport: { width: 390, height: 844 } },
  { name: '360 × 800', viewport: { width: 360, height: 800 } },
] as const
/** Type floors of the reading view, in CSS px. */
const FLOOR = { headline: 22, body: 16, small: 12, diagram: 12 }
/** A touch target's smallest side, in CSS px. */
const TOUCH = 44
const HEADING = /^# (.+)$/m
const NOT_LETTER = /[^a-z]/g
const letters = (text: string) => searchable(text).replace(NOT_LETTER, '')

function phone(viewport: { width: number, height: number }, scheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return schemeContext(deck.browser, scheme, { ...PHONE, viewport })
}

/** Opens a deep link on the phone and waits for the reading view (shown: its sections up to the linked one are in) and its fonts. */
async function openReading(page: Page, hash: string): Promise<void> {
  await page.goto(`${url}${hash}`)
  await page.locator('.reading-view:not(.reading-settling)').waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Scrolls the reading view to its end as a reader does (a wheel here; a swipe
 * on a phone): sections are drawn as the reader nears them. Waits for every
 * section and diagram, then goes back to the top.
 */
async function readToEnd(page: Page): Promise<void> {
  await page.mouse.move(200, 400)
  for (let i = 0; i < 200 && await page.locator('.reading-more').count(); i++)
    await page.mouse.wheel(0, 400)
  expect(await page.locator('.reading-more').count(), 'sections never drawn while scrolling down').toBe(0)
  const diagrams = deck.slides.filter(s => s.frontmatter.diagram).length
  await page.waitForFunction(n => [...document.querySelectorAll('.reading-view .mermaid')].filter(m => m.shadowRoot?.querySelector('svg')).length === n, diagrams, { timeout: 20_000 })
  await page.locator('.reading-view').evaluate((view) => {
    view.scrollTop = 0
  })
  await page.waitForTimeout(300)
}

/** In the page: every visible text of the reading view, with its CSS px size and its kind. */
function typeSizes() {
  const root = document.querySelector('.reading-view')!
  const found: { text: string, px: number, kind: 'headline' | 'small' | 'diagram' | 'body' }[] = []
  const visit = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const el = text.parentElement
      if (!el || !text.textContent?.trim() || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const box = el.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1)
        continue
      const svg = el.closest('svg')
      const ctm = svg?.getScreenCTM()
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1)
      const kind = el.closest('h1') ? 'headline' : svg ? 'diagram' : el.closest('.prov-tag, .source-line, footer, figcaption, .quote-caption, .kicker, .text-caption, .text-small, [data-pans], .reading-bar, .router-group-label') ? 'small' : 'body'
      found.push({ text: text.textContent.trim().slice(0, 50), px, kind })
    }
    for (const host of node instanceof Element || node instanceof ShadowRoot ? node.querySelectorAll('*') : []) {
      if (host.shadowRoot)
        visit(host.shadowRoot)
    }
  }
  visit(root)
  return found
}

for (const { name, viewport } of PHONES) {
  describe(`the reading view on a ${name} phone`, () => {
    let context: BrowserContext
    let page: Page
    let problems: Awaited<ReturnType<typeof watchPage>>
    let opened: { screen: number, tops: number[], diagrams: number }

    beforeAll(async () => {
      context = await phone(viewport)
      page = await context.newPage()
      problems = await watchPage(page)
      await openReading(page, '#/1')
      await page.waitForLoadState('networkidle')
      opened = await page.evaluate(() => ({
        screen: innerHeight,
        tops: Array.from(document.querySelectorAll<HTMLElement>('.reading-section'), s => s.getBoundingClientRect().top),
        diagrams: document.querySelectorAll('.reading-view .mermaid').length,
      }))
      await readToEnd(page)
    })

    afterAll(async () => {
      await context?.close()
    })

    it('opens with the first screen drawn, and the rest (diagrams too) left until the reader nears it', () => {
      expect(opened.tops.length, 'sections drawn on opening').toBeLessThan(deck.slides.length)
      expect(opened.tops.length, 'sections drawn on opening').toBeGreaterThan(1)
      // Each section was drawn because the one before it ended within half a screen below the window.
      expect(opened.tops.at(-1), 'the last section drawn starts within the lookahead').toBeLessThan(opened.screen * 1.5)
      // Diagrams come with their sections: those further down are not drawn yet.
      const diagramSlides = deck.slides.filter(slide => slide.frontmatter.diagram).length
      expect(opened.diagrams, 'diagrams drawn before the reader nears them').toBeLessThan(diagramSlides)
    })

    it('shows every slide in order, each with its headline, kicker and source line, at its last click', async () => {
      const sections = await page.locator('.reading-section').evaluateAll(all => all.map(s => ({
        no: Number((s as HTMLElement).dataset.slide),
        // What a sighted reader sees: the headline without its screen-reader-only credits.
        headline: [...(s.querySelector('h1')?.childNodes ?? [])].filter(n => !(n instanceof Element && n.matches('.sr-only'))).map(n => n.textContent).join(''),
        kicker: s.querySelector('.kicker')?.textContent ?? '',
        source: s.querySelector('.source-line')?.textContent ?? '',
        waiting: s.querySelectorAll('.slidev-vclick-hidden').length,
      })))
      expect(sections.map(s => s.no)).toEqual(deck.slides.map((_, i) => i + 1))
      for (const [i, slide] of deck.slides.entries()) {
        const shown = sections[i]!
        const where = `section ${shown.no}`
        // The first slide's title is the deck's (headmatter); its headline is its first heading.
        const headline = i === 0 ? HEADING.exec(slide.content)?.[1] ?? '' : slide.title ?? ''
        expect(letters(shown.headline), `${where}: headline`).toBe(letters(headline))
        if (slide.frontmatter.kicker)
          expect(shown.kicker, `${where}: kicker`).toBe(slide.frontmatter.kicker)
        if (slide.frontmatter.footer !== false)
          expect(shown.source, `${where}: source line`).toContain('El País')
        expect(shown.waiting, `${where}: parts still waiting for a click`).toBe(0)
      }
    })

    it('never scrolls the page sideways, and stacks side-by-side grids', async () => {
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        reading: document.querySelector('.reading-view')!.scrollWidth,
        screen: innerWidth,
      }))
      expect(widths.page, 'page width').toBeLessThanOrEqual(widths.screen)
      expect(widths.reading, 'reading view width').toBeLessThanOrEqual(widths.screen)
      const sideBySide = await page.locator('.reading-view .grid').evaluateAll(grids => grids.flatMap((grid) => {
        const lefts = new Set(Array.from(grid.children, c => Math.round(c.getBoundingClientRect().left)))
        return lefts.size > 1 ? [grid.textContent!.slice(0, 60)] : []
      }))
      expect(sideBySide, 'grids still side by side').toEqual([])
    })

    it(`sets headlines at ${FLOOR.headline}+, body and quotes at ${FLOOR.body}+, tags and source lines at ${FLOOR.small}+, diagram labels at ${FLOOR.diagram}+ CSS px`, async () => {
      const sizes = await page.evaluate(typeSizes)
      const floor = { headline: FLOOR.headline, body: FLOOR.body, small: FLOOR.small, diagram: FLOOR.diagram }
      const small = sizes.filter(s => s.px < floor[s.kind] - 0.01).map(s => `${s.kind} "${s.text}" at ${s.px.toFixed(1)} px`)
      expect(sizes.filter(s => s.kind === 'diagram').length, 'diagram labels measured').toBeGreaterThan(10)
      expect(small).toEqual([])
    })

    it('pans a diagram wider than the screen in its own frame, with a hint', async () => {
      const frames = await page.locator('.reading-view .mermaid').evaluateAll(all => all.map(f => ({
        wide: f.scrollWidth > f.clientWidth + 1,
        hint: f.hasAttribute('data-pans') && getComputedStyle(f, '::before').content.includes('sideways'),
        scrolls: getComputedStyle(f).overflowX === 'auto',
      })))
      expect(frames.length, 'diagram frames').toBeGreaterThanOrEqual(3)
      expect(frames.some(f => f.wide), 'a diagram wider than the phone (else nothing below is checked)').toBe(true)
      for (const frame of frames.filter(f => f.wide))
        expect(frame, 'a wide diagram').toEqual({ wide: true, hint: true, scrolls: true })
    })

    it('lets the explorer be worked by touch, with targets of 44 px, and announces the path', async () => {
      const options = page.locator('.reading-view [data-group="phase"] [data-choice]')
      expect(await options.count(), 'the explorer\'s before/after options').toBe(2)
      for (const box of await options.evaluateAll(all => all.map(o => o.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width, 'touch target width').toBeGreaterThanOrEqual(TOUCH)
        expect(box.height, 'touch target height').toBeGreaterThanOrEqual(TOUCH)
      }
      await page.locator('.reading-view [data-choice="before"]').tap()
      await expect.poll(() => page.locator('.reading-view [data-choice="before"]').getAttribute('aria-checked')).toBe('true')
      await expect.poll(() => page.locator('.reading-view [aria-live]').textContent()).toContain('Before the instruction.')
      await page.locator('.reading-view [data-choice="after"]').tap()
      await expect.poll(() => page.locator('.reading-view [aria-live]').textContent()).toContain('After the instruction.')
    })

    it('logs no error and makes no request off the host', () => {
      expect(problems.errors).toEqual([])
      expect(problems.offHost).toEqual([])
    })
  })
}

describe('the reading view and the address', () => {
  it('moves a section at a time with ArrowRight and ArrowLeft, on a slide with click steps too, and the address follows', async () => {
    const no = deck.slides.findIndex(slide => Number(slide.frontmatter.clicks) > 0) + 1
    expect(no, 'a slide with click steps').toBeGreaterThan(0)
    const context = await phone(PHONES[0].viewport)
    const page = await context.newPage()
    const problems = await watchPage(page)
    await openReading(page, `#/${no}`)
    const atTop = (n: number) => page.evaluate((s) => {
      const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom
      return Math.abs(document.querySelector(`.reading-section[data-slide="${s}"]`)!.getBoundingClientRect().top - bar) < 2
    }, n)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).hash, { message: 'one press, one section on' }).toBe(`#/${no + 1}`)
    await expect.poll(() => atTop(no + 1), { message: 'the next section at the top' }).toBe(true)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => new URL(page.url()).hash, { message: 'and back' }).toBe(`#/${no}`)
    await expect.poll(() => atTop(no)).toBe(true)
    expect(problems.errors).toEqual([])
    await context.close()
  })

  it('logs no error, ResizeObserver loops included, at a deep link and through a rotation', async () => {
    const context = await phone(PHONES[0].viewport)
    const page = await context.newPage()
    const problems = await watchPage(page)
    await openReading(page, `#/${deck.slides.length - 2}`)
    for (const size of [{ width: 844, height: 390 }, PHONES[0].viewport, { width: 844, height: 390 }, PHONES[0].viewport]) {
      await page.setViewportSize(size)
      await page.waitForTimeout(400)
    }
    expect(problems.errors).toEqual([])
    await context.close()
  })

  it('opens a deep link at its section, and puts the section a reader scrolls to in the address', async () => {
    const context = await phone(PHONES[0].viewport)
    const page = await context.newPage()
    await openReading(page, '#/9')
    expect(await page.locator('.reading-section').evaluateAll(all => all.map(s => Number((s as HTMLElement).dataset.slide)).slice(0, 9)), 'sections up to the linked one').toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    const top = async (no: number) => page.evaluate((n) => {
      const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom
      // A section not drawn yet is further down.
      return (document.querySelector(`.reading-section[data-slide="${n}"]`)?.getBoundingClientRect().top ?? Infinity) - bar
    }, no)
    expect(Math.abs(await top(9)), 'section 9 at the top, under the bar').toBeLessThanOrEqual(4)
    // The reader scrolls (a wheel here; a swipe on a phone) down to section 12.
    await page.mouse.move(200, 400)
    for (let i = 0; i < 40 && await top(12) > 100; i++)
      await page.mouse.wheel(0, 300)
    await expect.poll(() => new URL(page.url()).hash).toBe('#/12')
    await context.close()
  })
})

describe('the reading view while sections are drawn', () => {
  it('stays where a quick swipe left the reader while the sections there are drawn', async () => {
    const context = await phone(PHONES[0].viewport)
    const page = await context.newPage()
    await openReading(page, '#/1')
    await page.waitForLoadState('networkidle')
    await page.mouse.move(200, 400)
    // As far as a swipe goes before the next sections are drawn: the blank room below the last one fills the screen.
    await page.mouse.wheel(0, 5000)
    const scrollTop = () => page.locator('.reading-view').evaluate(view => view.scrollTop)
    await expect.poll(scrollTop).toBeGreaterThan(800)
    const landed = await scrollTop()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1500)
    expect(Math.abs(await scrollTop() - landed), 'the view moved on its own while sections were drawn').toBeLessThanOrEqual(2)
    expect(await page.locator('.reading-section .mermaid').count(), 'the diagram the reader reached is drawn').toBeGreaterThan(0)
    await context.close()
  })
})

describe('the reading view on opening', () => {
  it('draws no diagram and no slide behind it before the reader scrolls, and the first diagram once they do', async () => {
    // The capture's phone (412 × 823): half a screen more than the first screen reached a diagram there.
    const context = await phone({ width: 412, height: 823 })
    const page = await context.newPage()
    const problems = await watchPage(page)
    await openReading(page, '')
    // Slidev preloads every slide 3 s after it mounts: wait past that.
    await page.waitForTimeout(4000)
    const hidden = await page.evaluate(() => [...document.querySelectorAll('.slidev-page')].filter(page => !page.closest('.reading-view')).length)
    expect(hidden, 'slides mounted behind the reading view (Slidev keeps the current one and its neighbours)').toBeLessThanOrEqual(3)
    expect(await page.locator('.reading-view .mermaid').count(), 'diagrams drawn before the reader moved').toBe(0)
    await page.mouse.move(200, 400)
    await page.mouse.wheel(0, 300)
    await page.locator('.reading-view .mermaid').first().waitFor({ state: 'attached', timeout: 10_000 })
    expect(problems.errors).toEqual([])
    await context.close()
  })
})

describe('the reading view elsewhere', () => {
  it('stays away on a laptop, and comes at ?view=read', async () => {
    const page = await deck.context.newPage()
    await page.goto(`${url}#/3`)
    await page.locator('.slidev-page-3').waitFor()
    expect(await page.locator('.reading-view').count(), 'reading view on a laptop').toBe(0)
    await page.goto(`${url}?view=read#/3`)
    await page.locator('.reading-view:not(.reading-settling)').waitFor()
    await readToEnd(page)
    expect(await page.locator('.reading-section').count()).toBe(deck.slides.length)
    await page.close()
  })

  it('keeps the slides on a phone at ?view=slides', async () => {
    const context = await phone(PHONES[0].viewport)
    const page = await context.newPage()
    await page.goto(`${url}?view=slides#/3`)
    await page.locator('.slidev-page-3').waitFor()
    await page.waitForTimeout(300)
    expect(await page.locator('.reading-view').count()).toBe(0)
    await context.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation, ${scheme} mode`, async () => {
      const context = await phone(PHONES[0].viewport, scheme)
      const page = await context.newPage()
      await openReading(page, '#/1')
      await readToEnd(page)
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
      const problems = await axeProblems(page, '.reading-view')
      expect(problems.map(p => `${p.rule} (${p.impact}) ${p.help} — ${p.target} ${p.html}`)).toEqual([])
      await context.close()
    })
  }
})
