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
  /** A page that exists for certain: the outlet's section, when the exact address is not known. */
  url?: string
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

/** Which side an actor or institution acts for. US on the left, Mexico on the right, everywhere. */
export type Side = 'us' | 'mx' | 'other'

export type ActorId
  = | 'salazar'
    | 'sheinbaum'
    | 'lopez-obrador'
    | 'biden'
    | 'el-mayo'
    | 'de-la-fuente'
    | 'garcia-luna'
    | 'calderon'

export interface Actor {
  id: ActorId
  name: string
  /** Short name for tight places (diagrams, captions). */
  short: string
  /** The role as the article states it (our wording where the article is indirect). */
  role: string
  /** The role in a few words, for the cast slide and captions. */
  brief: string
  side: Side
  /** How the article refers to them; each cited paragraph uses at least one. */
  mentions: readonly string[]
  provenance: ArticleProvenance
}

export type InstitutionId
  = | 'embassy'
    | 'cabinet'
    | 'sre'
    | 'national-palace'
    | 'attorney-general'
    | 'sinaloa-cartel'
    | 'washington'
    | 'government-of-mexico'

export interface Institution {
  id: InstitutionId
  name: string
  short: string
  side: Side
  mentions: readonly string[]
  provenance: ArticleProvenance
  /** What the article leaves open about it, if anything. */
  caveat?: string
}

/** A speaker in the content layer: an actor, or the reporter's own framing. */
export type Speaker = ActorId | 'reporter'

export type QuoteId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7' | 'Q8' | 'Q9' | 'Q10' | 'Q11'

/**
 * A declared display tidy-up. The only ways the shown text may differ from
 * the article's exact words; applied in order by `displayText`.
 */
export type DisplayOp
  = | { op: 'dropTrailingComma' }
    | { op: 'removeStrayInnerQuote' }
    | { op: 'dropDuplicateGloss', gloss: string }
    | { op: 'elide', text: string }

export interface Quote {
  id: QuoteId
  speaker: ActorId
  /** How to attribute it when the speaker did not say it as such. */
  attribution?: string
  /** The words exactly as the article prints them, punctuation included. */
  exact: string
  paragraph: Paragraph
  ops: readonly DisplayOp[]
  /** Why it is shown as it is (translation irregularities, paraphrase in a headline). */
  note?: string
  /** Event the quote belongs to: gives its date as context. */
  event?: EventId
}

export type EventId = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E8' | 'E9' | 'E10'

/** The article's own date (its dateline, Thursday 17 October 2024): neither a paragraph nor outside context. */
export interface DatelineProvenance {
  kind: 'dateline'
}

/** Where a calendar date comes from: outside context, our inference, or the article's own date. */
export type DateProvenance = ContextProvenance | InferenceProvenance | DatelineProvenance

export interface AbsoluteDate {
  /** ISO date, for ordering. */
  iso: string
  /** As shown: "Tue 15 Oct" (the year, 2024, is the deck's). */
  label: string
  provenance: DateProvenance
  /** Further context from the same source (place, sentence, scope), shown beside the date. */
  detail?: string
}

export interface StoryEvent {
  id: EventId
  /** What happened, in our words (never in quote marks). */
  title: string
  /** The date as the article states it ("Tuesday"), or undefined when it gives none. */
  stated?: string
  /** The calendar date, as context, inference or the article's own date. */
  absolute?: AbsoluteDate
  /** Where a quote was said, for a quote's caption ("to the press at the Embassy"). */
  occasion?: string
  actors: readonly (ActorId | InstitutionId)[]
  /** Words of the article, per paragraph, that state the event. */
  evidence: Partial<Record<Paragraph, string>>
  provenance: ArticleProvenance
}

/** C: article claims; X: outside context; I: our inference; B: the bottom line's points (the deck's one planned repeat). */
export type ClaimId = `C${number}` | `X${number}` | `I${number}` | `B${number}`

export interface Claim {
  id: ClaimId
  /**
   * The claim in our words (never in quote marks). A registered quote the
   * reporter quotes inside the sentence is written `{Q6}` and shown as that
   * quote, in its quote marks.
   */
  text: string
  /** Who makes it in the article; absent for context and inference. */
  speaker?: Speaker
  /**
   * A speaker's point given in the reporter's words, not quoted: shown as
   * "Salazar, as reported: …", never like a quotation.
   */
  reported?: boolean
  provenance: Provenance
  /** For article claims: the article's words, per paragraph, that support it. */
  evidence?: Partial<Record<Paragraph, string>>
}

export interface Ambiguity {
  id: `A${number}`
  question: string
  /** What the article does say, in our words. */
  answer: string
  provenance: ArticleProvenance
  /** The facts (content/articleFacts.ts) it asks about: each is shown on an earlier slide. */
  about: readonly `F${number}`[]
}

/** A place a request passes through, in the routing explorer and diagrams. */
export type RouteNodeId = 'embassy' | 'sre' | 'ministry'

export interface RouteNode {
  id: RouteNodeId
  label: string
  /** Label in running text and tight places. */
  short: string
  /** Second line under the label (who heads it, or what is unknown). */
  detail?: string
  /** Its box in the full-size route diagram, line by line: label and detail in short lines, so three boxes and their hops fit one row. */
  box: readonly string[]
  side: Side
  provenance: Provenance
}

export type Phase = 'before' | 'after'

export interface Hop {
  from: RouteNodeId
  to: RouteNodeId
  /** What travels on this hop, in our words. */
  label: string
  provenance: Provenance
}

export interface Route {
  phase: Phase
  hops: readonly Hop[]
}

/** A period of the timeline: one row of dates. */
export type TimelinePeriod = 'summer' | 'october'

/**
 * One date of the timeline (content/timeline.ts): a calendar day, where that
 * day comes from, and what happened on it, in a few words of ours.
 */
export interface TimelineEntry {
  id: `T${number}`
  period: TimelinePeriod
  /** ISO date, for ordering; checked against the events' own dates. */
  iso: string
  /** As shown: "25 Jul" or "15–16 Oct". */
  day: string
  /** Where the day comes from: the article (¶ or its dateline), outside context, or our counting. */
  dateProvenance: Provenance | DatelineProvenance
  /** For a counted date: the article's own words for the day ("Tuesday"), to show beside it. */
  stated?: string
  /** What happened, in short lines of ours (never in quote marks). */
  text: readonly string[]
  /** The events it shows (none for a date known only from outside context). */
  events: readonly EventId[]
}

/** One fact of the article's ¶1–¶6, for the coverage check: every one is on a slide (content/articleFacts.ts). */
export interface ArticleFact {
  id: `F${number}`
  paragraph: Paragraph
  kind: 'quote' | 'claim' | 'event' | 'framing'
  /** The fact, in our words. */
  text: string
  /** The slide that shows it: its `slug:` frontmatter. */
  slide: string
  /** Phrases that must be visible on that slide at its last click (not in notes, not hidden). */
  shows: readonly string[]
  /** For a quotation: the registered quote, whose display text must be visible too. */
  quote?: QuoteId
  /** When a minor fact stays in the notes only: why (at most three may). */
  notesOnly?: string
}

/** What to watch (the closing slide): one open question turned into what would settle it, our inference. */
export interface WatchItem {
  id: `W${number}`
  /** What to look for, in a few words. */
  watch: string
  /** What it would tell. */
  tells: string
  /** The facts (content/articleFacts.ts) it is about: each is shown on an earlier slide. */
  about: readonly `F${number}`[]
  provenance: InferenceProvenance
}
