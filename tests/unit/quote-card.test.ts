import { afterEach, describe, expect, it, vi } from 'vitest'
import InlineQuote from '../../components/InlineQuote.vue'
import QuoteCard from '../../components/QuoteCard.vue'
import { quotes } from '../../content/quotes'
import { displayText } from '../../lib/quotes'
import { mountDeck } from '../support/mount'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('quoteCard', () => {
  it('shows the display text, speaker, role, paragraph and date as context', () => {
    const card = mountDeck(QuoteCard, { id: 'Q9' })
    expect(card.get('blockquote').text()).toBe(displayText(quotes.Q9))
    expect(card.get('cite').text()).toBe('Ken Salazar')
    const caption = card.get('figcaption').text()
    expect(caption).toContain('United States ambassador to Mexico')
    expect(caption).toContain('El País ¶5')
    expect(caption).toContain('Thu 17 Oct 2024')
    expect(card.find('figcaption .prov-context').text()).toBe('Thu 17 Oct 2024')
  })

  it('is a figure with a blockquote and a caption, medium-sized by default', () => {
    const card = mountDeck(QuoteCard, { id: 'Q4' })
    expect(card.element.tagName).toBe('FIGURE')
    expect(card.classes()).toContain('quote-md')
    expect(card.find('figure > blockquote').exists()).toBe(true)
    expect(card.find('figure > figcaption').exists()).toBe(true)
  })

  it('takes a size for hero quotes and side-by-side pairs', () => {
    expect(mountDeck(QuoteCard, { id: 'Q4', size: 'hero' }).classes()).toContain('quote-hero')
    expect(mountDeck(QuoteCard, { id: 'Q4', size: 'sm' }).classes()).toContain('quote-sm')
  })

  it('marks a highlighted phrase without changing the words', () => {
    const card = mountDeck(QuoteCard, { id: 'Q4', highlight: 'a very good dialogue' })
    expect(card.get('mark').text()).toBe('a very good dialogue')
    expect(card.get('blockquote').text()).toBe(displayText(quotes.Q4))
  })

  it('refuses, visibly, a highlight that is not in the quote', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const card = mountDeck(QuoteCard, { id: 'Q4', highlight: 'a great dialogue' })
    expect(card.find('blockquote').exists()).toBe(false)
    expect(card.get('[role="alert"]').text()).toBe('Q4: highlight "a great dialogue" does not occur in the quote')
    expect(error).toHaveBeenCalledOnce()
  })

  it('fails on an unknown id, naming it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mountDeck(QuoteCard, { id: 'Q99' }, [])).toThrow('Unknown quote id "Q99"')
  })

  it('shows an attribution instead of the role when the quote has one', () => {
    const card = mountDeck(QuoteCard, { id: 'Q2', size: 'sm' })
    expect(card.get('cite').text()).toBe('Andrés Manuel López Obrador')
    expect(card.get('figcaption').text()).toContain('López Obrador’s word, in the reporter’s quote marks')
  })
})

describe('inlineQuote', () => {
  it('shows a registered quote in q marks with its credit', () => {
    const inline = mountDeck(InlineQuote, { id: 'Q6' })
    expect(inline.get('q').text()).toBe('strong')
    expect(inline.get('q').attributes('title')).toBe('Salazar’s word for Sheinbaum’s team, El País ¶3')
  })
})
