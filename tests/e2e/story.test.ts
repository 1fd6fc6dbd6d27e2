import type { SlideWords } from '../../scripts/lib/words.mjs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { actors } from '../../content/actors'
import { ambiguities } from '../../content/ambiguities'
import { articleFacts } from '../../content/articleFacts'
import { claims } from '../../content/claims'
import { events } from '../../content/events'
import { quotes } from '../../content/quotes'
import { routes } from '../../content/routes'
import { PARAPHRASE_MARK, speakerLabel } from '../../lib/facts'
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
const rendered = new Map<number, {
  text: string
  clicks: number
  quotes: Record<string, string>
  ids: string[]
  /** The headline as shown. */
  headline: string
  /** Words the headline puts in quote marks: typed ones, and registered inline quotes (a <q>, marked by the browser). */
  headlineQuotes: string[]
  /** Quoted words shown outside the headline: quote cards and inline quotes. */
  bodyQuotes: string[]
  /** Each rendered claim: its lead-in ("Salazar, as reported: ") and whether it is drawn as paraphrase. */
  facts: { id: string, lead: string, paraphrase: boolean }[]
}>()

beforeAll(async () => {
  const page = await deck.context.newPage()
  const finals = finalClickUrls(inject('clickStates'))
  for (let no = 1; no <= deck.slides.length; no++) {
    await openSettled(page, finals[no - 1]!, no, { diagram: Boolean(deck.slides[no - 1]!.frontmatter.diagram) })
    const slide = page.locator(`.slidev-page-${no}`)
    const text = (await page.evaluate(visibleSlideText, no)).join(' ')
    const shown = await slide.evaluate(el => Object.fromEntries(Array.from(el.querySelectorAll<HTMLElement>('[data-quote]'), q => [q.dataset.quote!, (q.querySelector('.quote-text') ?? q).textContent!.trim()])))
    const ids = await slide.evaluate(el => Array.from(el.querySelectorAll<HTMLElement>('[data-event], [data-fact], [data-ambiguity]'), e => e.dataset.event ?? e.dataset.fact ?? e.dataset.ambiguity!))
    const headline = (await slide.locator('h1').first().evaluate(h => h.querySelector('.sr-only') ? [...h.childNodes].filter(n => !(n instanceof HTMLElement && n.classList.contains('sr-only'))).map(n => n.textContent).join('') : h.textContent).catch(() => '')) ?? ''
    const headlineQuotes = [
      ...Array.from(headline.matchAll(CURLY_RUN), m => m[1]!),
      ...await slide.locator('h1 q').evaluateAll(qs => qs.map(q => q.textContent!.trim())),
    ]
    const bodyQuotes = await slide.evaluate(el => Array.from(el.querySelectorAll('.quote-text, q.inline-quote'), q => q.closest('h1') ? '' : q.textContent!.trim()).filter(Boolean))
    const facts = await slide.evaluate(el => Array.from(el.querySelectorAll<HTMLElement>('[data-fact]'), f => ({ id: f.dataset.fact!, lead: f.querySelector('.fact-lead')?.textContent ?? '', paraphrase: f.classList.contains('fact-reported') })))
    rendered.set(no, { text, clicks: clickNumber(finals[no - 1]!), quotes: shown, ids, headline, headlineQuotes, bodyQuotes, facts })
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

/** Text compared as a reader reads it: one space, one case, one apostrophe. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[’‘]/g, '\'').toLowerCase().trim()
}

/** The slide number of the slide whose frontmatter `slug:` is `slug`; throws, naming it, when none is. */
function slideOf(slug: string): number {
  const index = deck.slides.findIndex(slide => slide.frontmatter.slug === slug)
  if (index < 0)
    throw new Error(`no slide has slug: ${slug}`)
  return index + 1
}

describe('the article on the slides', () => {
  it('shows every fact of ¶1–¶6 on its slide at the last click, not only in the notes', () => {
    const missing: string[] = []
    for (const fact of articleFacts.filter(f => !f.notesOnly)) {
      const no = slideOf(fact.slide)
      const text = plain(rendered.get(no)!.text)
      const phrases = [...fact.shows, ...(fact.quote ? [displayText(quotes[fact.quote])] : [])]
      expect(phrases.length, `${fact.id} names what to look for`).toBeGreaterThan(0)
      for (const phrase of phrases) {
        if (!text.includes(plain(phrase)))
          missing.push(`${fact.id} (¶${fact.paragraph}, ${fact.text}): "${phrase}" is not visible on slide ${no} (${fact.slide})`)
      }
    }
    expect(missing).toEqual([])
  })

  it('keeps at most three minor facts in the notes only, each with its reason, in its slide\'s notes', () => {
    const notesOnly = articleFacts.filter(f => f.notesOnly)
    expect(notesOnly.length).toBeLessThanOrEqual(3)
    for (const fact of notesOnly) {
      expect(fact.notesOnly!.length, `${fact.id}: the reason`).toBeGreaterThan(40)
      expect(deck.slides[slideOf(fact.slide) - 1]!.note, `${fact.id}: its slide has notes`).toBeTruthy()
    }
  })

  it('marks every paraphrase where it stands: "Salazar, as reported:", drawn unlike a quote', () => {
    const shown = [...rendered.values()].flatMap(r => r.facts)
    const paraphrases = Object.values(claims).filter(c => 'reported' in c && c.reported)
    expect(paraphrases.length, 'paraphrased claims in the content layer').toBeGreaterThan(0)
    for (const claim of paraphrases) {
      const places = shown.filter(f => f.id === claim.id)
      expect(places.length, `${claim.id} is on a slide`).toBeGreaterThan(0)
      for (const place of places)
        expect(place, `${claim.id}: how it is shown`).toEqual({ id: claim.id, lead: `${speakerLabel(claim.speaker)}, ${PARAPHRASE_MARK}: `, paraphrase: true })
    }
    for (const place of shown.filter(f => f.paraphrase))
      expect((claims as Record<string, { reported?: boolean }>)[place.id]?.reported, `${place.id} is drawn as paraphrase`).toBe(true)
  })
})

describe('headlines', () => {
  const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
  const NUMBER = new RegExp(`\\b(${NUMBER_WORDS.join('|')}|\\d+)\\b`, 'gi')

  it('keep their numbers: each counts what the slide shows, item by item', () => {
    const problems: string[] = []
    for (const [no, { headline, text }] of rendered) {
      const counts = (deck.slides[no - 1]!.frontmatter.counts ?? {}) as Record<string, string[]>
      const numbers = Array.from(headline.matchAll(NUMBER), m => m[1]!.toLowerCase())
      expect(Object.keys(counts).sort(), `slide ${no} "${headline}": its counts: are for the numbers in its headline`).toEqual([...numbers].sort())
      for (const [word, items] of Object.entries(counts)) {
        const n = Number(word) || NUMBER_WORDS.indexOf(word) + 1
        if (items.length !== n)
          problems.push(`slide ${no} "${headline}": says ${word}, counts ${items.length}`)
        for (const item of items.filter(item => !plain(text).includes(plain(item))))
          problems.push(`slide ${no} "${headline}": "${item}", one of the ${word}, is not on the slide`)
      }
    }
    expect(problems).toEqual([])
  })

  it('put in quote marks only words a quote on the same slide says', () => {
    const problems: string[] = []
    for (const [no, { headlineQuotes, bodyQuotes }] of rendered) {
      for (const words of headlineQuotes) {
        if (!bodyQuotes.some(quote => plain(quote).includes(plain(words))))
          problems.push(`slide ${no}: “${words}” is in its headline but in no quote on the slide`)
      }
    }
    expect(problems).toEqual([])
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
    // On paper each figure is named by its title and its description (the tagged PDF's alternate text).
    const labels = await boards.evaluateAll(svgs => svgs.map(svg => svg.getAttribute('aria-label') ?? ''))
    expect(labels.map(label => label.slice(0, ROUTE_TITLE.before.length))).toEqual([ROUTE_TITLE.before, ROUTE_TITLE.after.slice(0, ROUTE_TITLE.before.length)])
    expect(labels.every(label => label.includes('. After the instruction') || label.includes('. Before the instruction')), 'and described').toBe(true)
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
