/**
 * Types of the content layer: everything factual the deck shows, each item
 * carrying its provenance. Three kinds, kept apart everywhere:
 * - article: stated in the El País article, with its paragraph numbers (¶1 = headline);
 * - context: outside fact from a named source in `sources.ts`;
 * - inference: our own reading, with the reason we draw it.
 */

/** Paragraph numbers of the article, 1-based, split on blank lines. */
export type Paragraph = 1 | 2 | 3 | 4 | 5 | 6 | 7

export type SourceId = 'elpais' | 'semafor' | 'ap' | 'reuters' | 'expansion' | 'proceso'

export interface Source {
  id: SourceId
  kind: 'article' | 'context'
  outlet: string
  title?: string
  titleEnglish?: string
  /** ISO date of publication, where the fact sheet gives one. */
  date?: string
  dateLabel?: string
  /** Where to find it, as far as the fact sheet gives it. */
  locator?: string
  /** What the deck takes from it. */
  usedFor: string
}

export interface ArticleProvenance {
  kind: 'article'
  paragraphs: readonly Paragraph[]
}

export interface ContextProvenance {
  kind: 'context'
  sources: readonly SourceId[]
}

export interface InferenceProvenance {
  kind: 'inference'
  /** Why we infer it: shown in notes and on the method slide. */
  why: string
}

export type Provenance = ArticleProvenance | ContextProvenance | InferenceProvenance
export type ProvenanceKind = Provenance['kind']
