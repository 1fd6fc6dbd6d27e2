/**
 * The content layer: everything factual the deck shows, each item with its
 * provenance. Slides and components read from here; nothing restates a quote
 * or a fact by hand.
 */
export { actors, institutions } from './actors'
export { ambiguities } from './ambiguities'
export { claims } from './claims'
export { events } from './events'
export { quotes } from './quotes'
export { article, sources } from './sources'
export type * from './types'
