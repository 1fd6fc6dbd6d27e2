import type { AbsoluteDate, Ambiguity, Claim, EventId, Provenance, QuoteId, Speaker, StoryEvent } from '../content/types'
import { actors } from '../content/actors'
import { ambiguities } from '../content/ambiguities'
import { claims } from '../content/claims'
import { events } from '../content/events'

/** A claim or an event, ready to show as one line with its provenance. */
export interface Fact {
  id: string
  text: string
  /** "Salazar", "Reporter", or undefined for context and inference. */
  by?: string
  /** A speaker's point in the reporter's words (paraphrase): shown as "Salazar, as reported: …". */
  reported?: boolean
  provenance: Provenance
  /** For events: the date as the article states it. */
  stated?: string
  /** For events: the calendar date, as context or inference. */
  absolute?: AbsoluteDate
}

export function speakerLabel(speaker: Speaker | undefined): string | undefined {
  if (!speaker)
    return undefined
  return speaker === 'reporter' ? 'Reporter' : actors[speaker].short
}

function lookup<T>(table: Readonly<Record<string, T>>, id: string, kind: string, file: string): T {
  const item = table[id]
  if (!item)
    throw new Error(`Unknown ${kind} id "${id}": register it in ${file}`)
  return item
}

export function getEvent(id: string): StoryEvent {
  return lookup(events, id, 'event', 'content/events.ts')
}

export function getClaim(id: string): Claim {
  return lookup(claims, id, 'claim', 'content/claims.ts')
}

export function getAmbiguity(id: string): Ambiguity {
  const found = ambiguities.find(a => a.id === id)
  if (!found)
    throw new Error(`Unknown ambiguity id "${id}": register it in content/ambiguities.ts`)
  return found
}

/** Resolves "C1", "X1", "I2" (claims) or "E6" (events) into a Fact; unknown ids throw, naming the id. */
export function resolveFact(id: string): Fact {
  if (id.startsWith('E')) {
    const event = getEvent(id)
    return { id, text: event.title, provenance: event.provenance, stated: event.stated, absolute: event.absolute }
  }
  const claim = getClaim(id)
  return { id, text: claim.text, by: speakerLabel(claim.speaker), reported: claim.reported, provenance: claim.provenance }
}

/** How a paraphrase is marked where it stands: "Salazar, as reported:", never quote marks. */
export const PARAPHRASE_MARK = 'as reported'

/** The lead-in of a fact: "Salazar, as reported: ", "Reporter: ", or nothing. */
export function leadIn(fact: Pick<Fact, 'by' | 'reported'>): string {
  if (!fact.by)
    return ''
  return fact.reported ? `${fact.by}, ${PARAPHRASE_MARK}: ` : `${fact.by}: `
}

/** A piece of a fact's text: plain words, or a registered quote (`{Q6}` in the content layer). */
export type TextPart = { text: string } | { quote: QuoteId }

const QUOTE_SLOT = /\{(Q\d+)\}/g

/** Splits a fact's text into plain words and the registered quotes it names (`{Q6}`). */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const match of text.matchAll(QUOTE_SLOT)) {
    if (match.index > at)
      parts.push({ text: text.slice(at, match.index) })
    parts.push({ quote: match[1] as QuoteId })
    at = match.index + match[0].length
  }
  if (at < text.length)
    parts.push({ text: text.slice(at) })
  return parts
}

/** Events in calendar order (undated events keep their place in the content layer's order). */
export function eventsInOrder(ids?: readonly EventId[]): StoryEvent[] {
  const all = Object.values(events)
  return ids ? ids.map(getEvent) : all
}
