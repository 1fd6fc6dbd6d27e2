import type { Provenance, ProvenanceKind } from '../content/types'
import { sources } from '../content/sources'
import { formatParagraphs } from './sourceLine'

/** The one visual language for provenance: line style in diagrams and components. */
export const LINE_STYLE = {
  article: 'solid',
  context: 'dotted',
  inference: 'dashed',
} as const satisfies Record<ProvenanceKind, string>

export type LineStyle = (typeof LINE_STYLE)[ProvenanceKind]

/** The short tag shown beside an item: "¶4", "context · Semafor", "inferred". */
export function provenanceTag(provenance: Provenance): string {
  switch (provenance.kind) {
    case 'article':
      return formatParagraphs(provenance.paragraphs)
    case 'context':
      return `context · ${provenance.sources.map(id => sources[id].outlet).join(', ')}`
    case 'inference':
      return 'inferred'
  }
}

/** The same in words, for screen readers and descriptions. */
export function provenanceWords(provenance: Provenance): string {
  switch (provenance.kind) {
    case 'article':
      return `stated in the article, ${formatParagraphs(provenance.paragraphs)}`
    case 'context':
      return `outside context from ${provenance.sources.map(id => sources[id].outlet).join(' and ')}`
    case 'inference':
      return 'our inference'
  }
}
