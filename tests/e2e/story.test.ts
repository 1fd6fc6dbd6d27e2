import { beforeAll, describe, expect, inject, it } from 'vitest'
import { actors } from '../../content/actors'
import { quotes } from '../../content/quotes'
import { displayText } from '../../lib/quotes'
import { clickNumber, finalClickUrls } from '../support/navigate'
import { deckSession } from '../support/session'

const url = inject('deckUrl')
const CLICK_MARK = /\[click\]/g
const CURLY_RUN = /“([^”]*)”/g

const deck = deckSession()
/** Each slide's text at its last click state, and its number of clicks. */
const rendered = new Map<number, { text: string, clicks: number, quotes: Record<string, string> }>()

beforeAll(async () => {
  const page = await deck.context.newPage()
  const finals = finalClickUrls(inject('clickStates'))
  for (let no = 1; no <= deck.slides.length; no++) {
    const clicks = clickNumber(finals[no - 1]!)
    await page.goto(`${url}#/${no}?clicks=${clicks}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.waitFor()
    await page.waitForLoadState('networkidle')
    const text = await slide.innerText()
    const shown = await slide.evaluate(el => Object.fromEntries(Array.from(el.querySelectorAll<HTMLElement>('[data-quote]'), q => [q.dataset.quote!, (q.querySelector('.quote-text') ?? q).textContent!.trim()])))
    rendered.set(no, { text, clicks, quotes: shown })
  }
  await page.close()
}, 300_000)

describe('the story in the built deck', () => {
  it('shows every registered quote, word for word as declared', () => {
    const shownAnywhere = new Map<string, string>()
    for (const { quotes: shown } of rendered.values()) {
      for (const [id, text] of Object.entries(shown))
        shownAnywhere.set(id, text)
    }
    for (const quote of Object.values(quotes)) {
      expect(shownAnywhere.has(quote.id), `${quote.id} is on no slide`).toBe(true)
      expect(shownAnywhere.get(quote.id), `${quote.id} is shown differently from its declared display text`).toBe(displayText(quote))
    }
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

describe('the request router in Chromium', () => {
  it('is operated with the keyboard, its state and announcement follow', async () => {
    const no = deck.slides.findIndex(s => s.content.includes('<RequestRouter')) + 1
    expect(no, 'a slide shows the RequestRouter').toBeGreaterThan(0)
    const page = await deck.context.newPage()
    await page.goto(`${url}#/${no}?clicks=${rendered.get(no)!.clicks}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.locator('[data-group="request"] [data-choice="security"]').waitFor()
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('security')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline, 'visible focus on the router').not.toBe('none')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slide.locator('[data-group="request"] [data-choice="migration"]').getAttribute('aria-checked')).toBe('true')
    expect(page.url(), 'arrow keys inside the router do not change slide').toContain(`#/${no}`)
    await expect.poll(() => slide.locator('[aria-live]').innerText()).toContain('Migration, after the instruction.')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => slide.locator('[data-group="phase"] [data-choice="before"]').getAttribute('aria-checked')).toBe('true')
    await expect.poll(() => slide.locator('[aria-live]').innerText()).toContain('Migration, before the instruction.')
    expect(await slide.locator('g.router-hop[data-hop="1"]').getAttribute('class')).toContain('hop-dotted')
    await page.close()
  })
})
