import type { SlideWords } from '../../scripts/lib/words.mjs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { actors } from '../../content/actors'
import { ambiguities } from '../../content/ambiguities'
import { events } from '../../content/events'
import { quotes } from '../../content/quotes'
import { routes } from '../../content/routes'
import { displayText } from '../../lib/quotes'
import { describeRoute, ROUTE_TITLE } from '../../lib/router'
import { countWords, overLimits, slideLimit, visibleSlideText, WORD_LIMITS, wordTable } from '../../scripts/lib/words.mjs'
import { clickNumber, finalClickUrls, openSettled } from '../support/navigate'
import { deckSession } from '../support/session'

const url = inject('deckUrl')
const CLICK_MARK = /\[click\]/g
const CURLY_RUN = /“([^”]*)”/g

const deck = deckSession()
/**
 * Each slide at its last click state: what a reader sees (diagrams included,
 * provenance tags and footer left out), its number of clicks, the quote cards
 * it renders, and the content ids its components render.
 */
const rendered = new Map<number, { text: string, clicks: number, quotes: Record<string, string>, ids: string[] }>()

beforeAll(async () => {
  const page = await deck.context.newPage()
  const finals = finalClickUrls(inject('clickStates'))
  for (let no = 1; no <= deck.slides.length; no++) {
    await openSettled(page, finals[no - 1]!, no, { diagram: Boolean(deck.slides[no - 1]!.frontmatter.diagram) })
    const slide = page.locator(`.slidev-page-${no}`)
    const text = (await page.evaluate(visibleSlideText, no)).join(' ')
    const shown = await slide.evaluate(el => Object.fromEntries(Array.from(el.querySelectorAll<HTMLElement>('[data-quote]'), q => [q.dataset.quote!, (q.querySelector('.quote-text') ?? q).textContent!.trim()])))
    const ids = await slide.evaluate(el => Array.from(el.querySelectorAll<HTMLElement>('[data-event], [data-fact], [data-ambiguity]'), e => e.dataset.event ?? e.dataset.fact ?? e.dataset.ambiguity!))
    rendered.set(no, { text, clicks: clickNumber(finals[no - 1]!), quotes: shown, ids })
  }
  await page.close()
}, 300_000)

describe('the story in the built deck', () => {
  it('shows every registered quote, word for word as declared, in a quote card or a diagram', () => {
    const cards = new Map<string, string>()
    for (const { quotes: shown } of rendered.values()) {
      for (const [id, text] of Object.entries(shown))
        cards.set(id, text)
    }
    const all = Array.from(rendered.values(), r => r.text).join('\n')
    for (const quote of Object.values(quotes)) {
      if (cards.has(quote.id))
        expect(cards.get(quote.id), `${quote.id} is shown differently from its declared display text`).toBe(displayText(quote))
      else
        expect(all, `${quote.id} is on no slide, in a card or in quote marks`).toContain(`“${displayText(quote)}”`)
    }
  })

  it('shows every event and every open question on some slide', () => {
    const shown = new Set([
      ...Array.from(rendered.values(), r => r.ids).flat(),
      // Diagrams, quote captions and the explorer show these without a data attribute; their slides say so.
      ...deck.slides.flatMap(slide => (slide.frontmatter.shows as string[] | undefined) ?? []),
    ])
    const missing = [...Object.keys(events), ...ambiguities.map(a => a.id)].filter(id => !shown.has(id))
    expect(missing, 'events and open questions no slide shows').toEqual([])
  })

  it('names every actor somewhere in the deck', () => {
    const all = Array.from(rendered.values(), r => r.text).join('\n')
    for (const actor of Object.values(actors))
      expect(all, `${actor.name} is on no slide`).toContain(actor.name)
  })

  it('puts no unregistered words between quote marks on any slide', () => {
    const registered = Object.values(quotes).map(displayText)
    for (const [no, { text }] of rendered) {
      for (const match of text.matchAll(CURLY_RUN))
        expect(registered.some(q => q.includes(match[1]!)), `slide ${no}: “${match[1]}” is not a registered quote`).toBe(true)
    }
  })

  it('has as many [click] marks in each slide\'s notes as the slide has clicks', () => {
    for (const [no, { clicks }] of rendered) {
      const marks = deck.slides[no - 1]!.note?.match(CLICK_MARK)?.length ?? 0
      expect(marks, `slide ${no} (${deck.slides[no - 1]!.title}) has ${clicks} clicks`).toBe(clicks)
    }
  })
})

describe('the words on the slides', () => {
  it(`keep every slide within ${WORD_LIMITS.slide} words (its own limit where set) and the deck within ${WORD_LIMITS.total}, the article's length`, () => {
    const rows: SlideWords[] = deck.slides.map((slide, i) => ({
      no: i + 1,
      title: slide.title ?? '',
      words: countWords([rendered.get(i + 1)!.text]),
      limit: slideLimit(slide.frontmatter),
    }))
    const { over, totalOver } = overLimits(rows)
    expect({ over: over.map(row => row.no), totalOver }, `words per slide, at the last click:\n${wordTable(rows)}\n`).toEqual({ over: [], totalOver: false })
  })
})

describe('the request router in Chromium', () => {
  const routerSlide = () => deck.slides.findIndex(s => s.content.includes('<RequestRouter')) + 1

  it('is operated with the keyboard, its state and announcement follow', async () => {
    const no = routerSlide()
    expect(no, 'a slide shows the RequestRouter').toBeGreaterThan(0)
    const page = await deck.context.newPage()
    await page.goto(`${url}#/${no}?clicks=${rendered.get(no)!.clicks}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.locator('[data-group="phase"] [data-choice="after"]').waitFor()
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('after')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline, 'visible focus on the router').not.toBe('none')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => slide.locator('[data-choice="before"]').getAttribute('aria-checked')).toBe('true')
    expect(page.url(), 'arrow keys inside the router do not change slide').toContain(`#/${no}`)
    await expect.poll(() => slide.locator('[aria-live]').innerText()).toContain('Before the instruction.')
    const diagram = slide.locator('.mermaid svg')
    await expect.poll(() => diagram.getAttribute('aria-label'), { message: 'the earlier route is drawn' }).toBe(ROUTE_TITLE.before)
    expect(await diagram.locator('path.flowchart-link[style*="stroke-dasharray: 1 6"]').count(), 'its dotted hop, outside context').toBe(1)
    await slide.locator('[data-choice="after"]').click()
    await expect.poll(() => slide.locator('[aria-live]').innerText()).toContain('After the instruction.')
    await expect.poll(() => diagram.getAttribute('aria-label')).toBe(ROUTE_TITLE.after)
    await page.close()
  })

  it('builds the route hop by hop with the clicks, never moving or blanking the drawing', async () => {
    const no = routerSlide()
    const page = await deck.context.newPage()
    await openSettled(page, `${url}#/${no}`, no, { diagram: true })
    const slide = page.locator(`.slidev-page-${no}`)
    const svg = slide.locator('.mermaid svg')
    // Every frame from here on: was a drawing there, and where? A blank frame, or a moved one, is a flash.
    await page.evaluate((n) => {
      const frames: string[] = []
      ;(window as unknown as { routerFrames: string[] }).routerFrames = frames
      const look = () => {
        const svgs = Array.from(document.querySelectorAll(`.slidev-page-${n} .mermaid`), host => host.shadowRoot?.querySelector('svg')).filter(Boolean)
        const box = svgs[0]?.getBoundingClientRect()
        frames.push(svgs.length === 1 && box ? `${box.x.toFixed(1)},${box.y.toFixed(1)},${box.width.toFixed(1)},${box.height.toFixed(1)}` : `${svgs.length} drawings`)
        requestAnimationFrame(look)
      }
      requestAnimationFrame(look)
    }, no)
    const hops = routes.after.hops.length
    for (let lit = 0; lit <= hops; lit++) {
      if (lit > 0)
        await page.keyboard.press('ArrowRight')
      await expect.poll(() => svg.locator('path.flowchart-link').evaluateAll(paths => paths.filter(p => getComputedStyle(p).opacity !== '0').length), { message: `hops painted at click ${lit}` }).toBe(lit)
      expect(await svg.getAttribute('aria-label')).toBe(ROUTE_TITLE.after)
      expect(await svg.evaluate(el => el.querySelector('desc')?.textContent), `description at click ${lit}`).toBe(describeRoute(routes.after, lit))
    }
    await page.waitForTimeout(300)
    const frames = await page.evaluate(() => (window as unknown as { routerFrames: string[] }).routerFrames)
    expect(frames.length, 'frames watched').toBeGreaterThan(10)
    expect([...new Set(frames)], 'one drawing, in one place, in every frame across the clicks').toHaveLength(1)
    expect(frames[0]).not.toMatch(/drawings/)
    await page.close()
  })

  it('prints its static state in print mode: both routes, no controls', async () => {
    const no = routerSlide()
    const page = await deck.context.newPage()
    await page.goto(`${url}?print#/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.locator('[data-router="print"]').waitFor()
    expect(await slide.locator('button, [role="radio"]').count(), 'controls on the printed explorer').toBe(0)
    expect(await slide.locator('[data-router="print"] [data-phase]').evaluateAll(panels => panels.map(p => p.getAttribute('data-phase')))).toEqual(['before', 'after'])
    const boards = slide.locator('.mermaid svg')
    await expect.poll(() => boards.count(), { message: 'printed routes, before and after' }).toBe(2)
    expect(await boards.evaluateAll(svgs => svgs.map(svg => svg.getAttribute('aria-label')))).toEqual([ROUTE_TITLE.before, ROUTE_TITLE.after])
    const footerTop = (await slide.locator('footer').boundingBox())!.y
    for (const board of await boards.all()) {
      const box = (await board.boundingBox())!
      expect(box.y + box.height, 'a printed route runs into the footer or off the page').toBeLessThanOrEqual(footerTop)
      const boxes = await board.locator('g.node').evaluateAll(nodes => nodes.map(n => ({ text: n.textContent!.trim(), x: n.getBoundingClientRect().x })).sort((a, b) => a.x - b.x).map(n => n.text))
      expect(boxes[0], 'the US Embassy on the left, Mexico to its right').toBe('US Embassy')
    }
    await page.close()
  })
})
