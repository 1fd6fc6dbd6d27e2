import { afterEach, describe, expect, it, vi } from 'vitest'
import InlineQuote from '../../components/InlineQuote.vue'
import QuoteCard from '../../components/QuoteCard.vue'
import { actors } from '../../content/actors'
import { events } from '../../content/events'
import { quotes } from '../../content/quotes'
import { displayText } from '../../lib/quotes'
import { mountDeck } from '../support/mount'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('quoteCard', () => {
  it('shows the display text, the speaker and the ¶, and nothing more by default', () => {
    const card = mountDeck(QuoteCard, { id: 'Q9' })
    expect(card.get('blockquote').text()).toBe(displayText(quotes.Q9))
    expect(card.get('cite').text()).toBe('Ken Salazar')
    expect(card.get('.quote-caption').text()).toBe('Ken Salazar · El País ¶5')
  })

  it('adds the speaker\'s role when asked', () => {
    const caption = mountDeck(QuoteCard, { id: 'Q3', role: true }).get('.quote-caption').text()
    expect(caption).toContain(`Ken Salazar · ${actors.salazar.brief}`)
  })

  it('adds where and when it was said, the date tagged as the article\'s own', () => {
    const card = mountDeck(QuoteCard, { id: 'Q4', occasion: true })
    const caption = card.get('.quote-caption').text()
    expect(caption).toContain(`· ${events.E10.occasion} · Thu 17 Oct`)
    const dateTag = card.get('.quote-caption .prov-tag')
    expect(dateTag.text()).toContain('article’s date')
    expect(dateTag.classes()).toContain('prov-article')
    expect(card.find('.quote-caption .prov-context').exists(), 'the article\'s own date is not outside context').toBe(false)
  })

  it('is a blockquote and its caption, not an unnamed figure (which a tagged PDF would leave without alternate text), medium-sized by default', () => {
    const card = mountDeck(QuoteCard, { id: 'Q4' })
    expect(card.element.tagName).toBe('DIV')
    expect(card.find('figure').exists()).toBe(false)
    expect(card.classes()).toContain('quote-md')
    expect(card.find('.quote-card > blockquote').exists()).toBe(true)
    expect(card.find('.quote-card > .quote-caption').exists()).toBe(true)
  })

  it('takes a size for hero quotes and side-by-side pairs', () => {
    expect(mountDeck(QuoteCard, { id: 'Q4', size: 'hero' }).classes()).toContain('quote-hero')
    expect(mountDeck(QuoteCard, { id: 'Q4', size: 'sm' }).classes()).toContain('quote-sm')
  })

  it('marks no phrase: the words are shown as they are', () => {
    expect(mountDeck(QuoteCard, { id: 'Q4', size: 'hero' }).find('mark').exists()).toBe(false)
  })

  it('fails on an unknown id, naming it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mountDeck(QuoteCard, { id: 'Q99' }, [])).toThrow('Unknown quote id "Q99"')
  })

  it('shows an attribution instead of the role when the quote has one', () => {
    const card = mountDeck(QuoteCard, { id: 'Q2', size: 'sm', role: true })
    expect(card.get('cite').text()).toBe('Andrés Manuel López Obrador')
    expect(card.get('.quote-caption').text()).toContain('López Obrador’s word, in the reporter’s quote marks')
  })
})

describe('inlineQuote', () => {
  it('shows a registered quote in q marks with its credit', () => {
    const inline = mountDeck(InlineQuote, { id: 'Q6' })
    expect(inline.get('q').text()).toBe('strong')
    expect(inline.get('q').attributes('title')).toBe('Salazar’s word for Sheinbaum’s team, El País ¶3')
  })
})
