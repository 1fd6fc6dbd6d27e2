import type { AbsoluteDate, DisplayOp, Quote, QuoteId } from '../content/types'
import { actors } from '../content/actors'
import { events } from '../content/events'
import { quotes } from '../content/quotes'

const INNER_QUOTE = '“'

/** Thrown when a quote or an operation on it is not what the content layer declares. */
export class QuoteError extends Error {
  override name = 'QuoteError'
}

/** Applies one declared tidy-up to a text; throws if it does not apply. */
export function applyOp(text: string, op: DisplayOp, id: string): string {
  switch (op.op) {
    case 'dropTrailingComma':
      if (!text.endsWith(','))
        throw new QuoteError(`${id}: dropTrailingComma, but the text does not end with a comma`)
      return text.slice(0, -1)
    case 'removeStrayInnerQuote': {
      const count = text.split(INNER_QUOTE).length - 1
      if (count !== 1)
        throw new QuoteError(`${id}: removeStrayInnerQuote needs exactly one ${INNER_QUOTE}, found ${count}`)
      return text.replace(INNER_QUOTE, '')
    }
    case 'dropDuplicateGloss':
      if (!text.includes(op.gloss))
        throw new QuoteError(`${id}: dropDuplicateGloss "${op.gloss}" does not occur`)
      return text.replace(op.gloss, '')
    case 'elide': {
      const at = text.indexOf(op.text)
      if (at < 0 || text.includes(op.text, at + 1))
        throw new QuoteError(`${id}: elide needs the elided text exactly once`)
      const before = text.slice(0, at).trimEnd()
      const after = text.slice(at + op.text.length).trimStart()
      return [before, '…', after].filter(Boolean).join(' ')
    }
  }
}

/** The text a slide shows for a quote: its exact words with its declared ops applied, in order. */
export function displayText(quote: Pick<Quote, 'id' | 'exact' | 'ops'>): string {
  return quote.ops.reduce((text, op) => applyOp(text, op, quote.id), quote.exact)
}

/** Looks up a registered quote; an unknown id throws, naming it. */
export function getQuote(id: string): Quote {
  const quote = (quotes as Record<string, Quote | undefined>)[id]
  if (!quote)
    throw new QuoteError(`Unknown quote id "${id}": register it in content/quotes.ts`)
  return quote
}

/** Everything a quote card shows, resolved from the content layer. */
export interface ResolvedQuote {
  id: QuoteId
  text: string
  speaker: string
  /** The speaker's role in a few words. */
  role: string
  attribution?: string
  paragraph: number
  /** Where it was said ("to the press at the Embassy"), from its event. */
  occasion?: string
  /** When it was said, as a calendar date with its provenance. */
  date?: AbsoluteDate
}

export function resolveQuote(id: string): ResolvedQuote {
  const quote = getQuote(id)
  const speaker = actors[quote.speaker]
  return {
    id: quote.id,
    text: displayText(quote),
    speaker: speaker.name,
    role: speaker.brief,
    attribution: quote.attribution,
    paragraph: quote.paragraph,
    occasion: quote.event && events[quote.event].occasion,
    date: quote.event && events[quote.event].absolute,
  }
}
