import type { Paragraph, SourceId } from '../content/types'
import { article, sources } from '../content/sources'

/** Per-slide source references, as written in a slide's frontmatter. */
export interface SlideRefs {
  /** Article paragraphs the slide draws on (`paras: [2, 4]`). */
  paras?: readonly Paragraph[]
  /** Outside sources shown as context on the slide (`context: [semafor]`). */
  context?: readonly SourceId[]
  /** Whether the slide shows our own inference (`inferred: true`). */
  inferred?: boolean
}

/** One segment of the source line: the text and the provenance mark it carries. */
export interface SourceSegment {
  kind: 'article' | 'context' | 'inference'
  text: string
}

/** "¶2, ¶4" for [4, 2]: sorted, deduplicated. */
export function formatParagraphs(paras: readonly number[]): string {
  return [...new Set(paras)].sort((a, b) => a - b).map(p => `¶${p}`).join(', ')
}

/**
 * The compact source line of a slide: "El País, 17 Oct 2024 · ¶2, ¶4", then
 * "context · Semafor, AP" for outside sources, then "inferred" when the slide
 * shows our own reading. Unknown source ids throw, naming the id.
 */
export function sourceSegments(refs: SlideRefs): SourceSegment[] {
  const segments: SourceSegment[] = []
  if (refs.paras?.length)
    segments.push({ kind: 'article', text: `${article.outlet}, ${article.dateLabel} · ${formatParagraphs(refs.paras)}` })
  const outlets = (refs.context ?? []).map((id) => {
    const source = (sources as Record<string, { outlet: string } | undefined>)[id]
    if (!source)
      throw new Error(`Unknown context source "${id}" in a slide's frontmatter`)
    return source.outlet
  })
  if (outlets.length)
    segments.push({ kind: 'context', text: `context · ${outlets.join(', ')}` })
  if (refs.inferred)
    segments.push({ kind: 'inference', text: 'inferred' })
  return segments
}
