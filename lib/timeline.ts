import type { TimelineEntry } from '../content/types'
import type { FlowEdge, FlowNode } from './flowchart'
import { sources } from '../content/sources'
import { timeline, timelinePeriods } from '../content/timeline'
import { flowchart } from './flowchart'
import { LINE_STYLE, provenanceTag, provenanceWords, tagKind } from './provenance'

/**
 * The timeline diagram: the story's dates (content/timeline.ts) as Mermaid
 * boxes in two rows, July–August and October, read left to right. Each box
 * is a day, what happened, and where the day comes from, its border in the
 * provenance's line style (solid: the article; dotted: outside context;
 * dashed: a day we counted).
 */

/**
 * The provenance lines of a box: "context · AP", "¶3", "article’s date", or
 * "Tue, Wed · inferred" (the article's days, which we counted into dates);
 * several outside sources go on a line of their own, after "context ·".
 */
export function dateTag(entry: TimelineEntry): string[] {
  const provenance = entry.dateProvenance
  if (provenance.kind === 'inference')
    return [entry.stated ? `${entry.stated} · inferred` : 'inferred']
  if (provenance.kind === 'context' && provenance.sources.length > 1)
    return ['context ·', provenance.sources.map(id => sources[id].outlet).join(', ')]
  return [provenanceTag(provenance)]
}

/** One sentence per date, for the diagram's accessible description. */
function describe(entry: TimelineEntry): string {
  return `${entry.day}: ${entry.text.join(' ').replaceAll(';', ',')} (date: ${provenanceWords(entry.dateProvenance)}).`
}

/**
 * Two rows, each a chain from its title: without clusters, Mermaid stacks the
 * two chains and lines their columns up, so the rows read as one calendar.
 */
export function timelineDiagram(): string {
  const nodes: FlowNode[] = []
  const edges: FlowEdge[] = []
  for (const { id, title } of timelinePeriods) {
    const row: FlowNode[] = [{ id, lines: title, plain: true }, ...timeline.filter(entry => entry.period === id).map(entry => ({
      id: entry.id,
      title: entry.day,
      lines: [...entry.text, ...dateTag(entry)],
      border: LINE_STYLE[tagKind(entry.dateProvenance)],
    }))]
    nodes.push(...row)
    row.slice(1).forEach((node, index) => edges.push({ id: `to${node.id}`, from: row[index]!.id, to: node.id, label: [], style: 'solid', invisible: index === 0 }))
  }
  return flowchart({
    direction: 'LR',
    accTitle: 'The story’s dates, from El Mayo’s capture to Salazar’s remarks',
    accDescr: timeline.map(describe).join(' '),
    nodes,
    edges,
    layout: { nodeSpacing: 56, rankSpacing: 18, padding: 8 },
  })
}
