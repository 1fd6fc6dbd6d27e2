import type { DateProvenance, Provenance, ProvenanceKind } from '../content/types'
import { sources } from '../content/sources'
import { formatParagraphs } from './sourceLine'

/** The one visual language for provenance: line style in diagrams and components. */
export const LINE_STYLE = {
  article: 'solid',
  context: 'dotted',
  inference: 'dashed',
} as const satisfies Record<ProvenanceKind, string>

export type LineStyle = (typeof LINE_STYLE)[ProvenanceKind]

/** Any provenance a tag can show: an item's, or a calendar date's (which may be the article's own date). */
export type TaggedProvenance = Provenance | DateProvenance

/** The line style a tag is drawn in: the article's own date reads as the article (solid). */
export function tagKind(provenance: TaggedProvenance): ProvenanceKind {
  return provenance.kind === 'dateline' ? 'article' : provenance.kind
}

/** The short tag shown beside an item: "¶4", "context · Semafor", "inferred", "article’s date". */
export function provenanceTag(provenance: TaggedProvenance): string {
  switch (provenance.kind) {
    case 'dateline':
      return 'article’s date'
    case 'article':
      return formatParagraphs(provenance.paragraphs)
    case 'context':
      return `context · ${provenance.sources.map(id => sources[id].outlet).join(', ')}`
    case 'inference':
      return 'inferred'
  }
}

/** The same in words, for screen readers and descriptions. */
export function provenanceWords(provenance: TaggedProvenance): string {
  switch (provenance.kind) {
    case 'dateline':
      return 'the date of the article'
    case 'article':
      return `stated in the article, ${formatParagraphs(provenance.paragraphs)}`
    case 'context':
      return `outside context from ${provenance.sources.map(id => sources[id].outlet).join(' and ')}`
    case 'inference':
      return 'our inference'
  }
}
