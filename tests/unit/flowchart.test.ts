import { describe, expect, it } from 'vitest'
import { events } from '../../content/events'
import { timeline } from '../../content/timeline'
import { asFigure } from '../../lib/diagramA11y'
import { flowchart, HIDDEN_EDGE_STYLE } from '../../lib/flowchart'
import { dateTag, timelineDiagram } from '../../lib/timeline'
import { lineStyleOf, parseFlowchart } from '../support/mermaidGraph'

const chart = {
  direction: 'LR' as const,
  accTitle: 'A title',
  accDescr: 'A description',
  clusters: [{ id: 'us', title: 'United States', nodes: [{ id: 'a', lines: ['A', 'second line'] }] }],
  nodes: [{ id: 'b', title: 'Bold', lines: ['B'], border: 'dotted' as const }, { id: 'c', lines: ['C'], plain: true }],
  edges: [
    { id: 'e1', from: 'a', to: 'b', label: ['stated'], style: 'solid' as const },
    { id: 'e2', from: 'b', to: 'a', label: ['answer'], style: 'dashed' as const, hidden: true },
    { id: 'e3', from: 'b', to: 'c', label: [], style: 'solid' as const, invisible: true },
  ],
}

describe('flowchart (Mermaid source from typed parts)', () => {
  it('writes clusters, nodes, edges with ids, provenance classes and words, and hidden edges', () => {
    const graph = parseFlowchart(flowchart(chart))
    expect(graph.clusters.get('us')!.members).toEqual(['a'])
    expect(graph.nodes.get('a')!.lines).toEqual(['A', 'second line'])
    expect(graph.nodes.get('b')!.lines, 'the title is the first line').toEqual(['Bold', 'B'])
    expect(graph.edges.map(e => [e.id, lineStyleOf(e), e.label, e.hidden])).toEqual([
      ['e1', 'solid', 'stated', false],
      ['e2', 'dashed', 'answer inferred', true],
      ['e3', 'invisible', '', false],
    ])
    expect(flowchart(chart)).toContain(`linkStyle 1 ${HIDDEN_EDGE_STYLE}`)
    expect(flowchart(chart), 'a dotted border is the context class').toMatch(/class b context/)
  })

  it('puts the provenance word after the label when asked to', () => {
    expect(parseFlowchart(flowchart({ ...chart, provenanceWord: 'inline' })).edges[1]!.label).toBe('answer · inferred')
  })

  it('writes its layout settings as the diagram\'s own config', () => {
    expect(flowchart({ ...chart, layout: { rankSpacing: 18 } })).toMatch(/^---\nconfig:\n {2}flowchart:\n {4}rankSpacing: 18\n---\n/)
  })

  it('refuses a character Mermaid would misread, an unknown node and a reused id', () => {
    expect(() => flowchart({ ...chart, accTitle: 'a "quoted" title' })).toThrow(/misread/)
    expect(() => flowchart({ ...chart, edges: [{ id: 'x', from: 'a', to: 'nowhere', label: [], style: 'solid' }] })).toThrow(/unknown node or cluster "nowhere"/)
    expect(() => flowchart({ ...chart, edges: [{ id: 'a', from: 'a', to: 'b', label: [], style: 'solid' }] })).toThrow(/"a" is used twice/)
  })
})

describe('asFigure (a Mermaid SVG as an image to assistive technology)', () => {
  const drawn = '<svg id="d1" width="100%" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-d1" aria-describedby="chart-desc-d1"><title id="chart-title-d1">Routes "after"</title><desc id="chart-desc-d1">How it goes.</desc><g><foreignObject><div>label</div></foreignObject><text>t</text></g></svg>'

  it('makes the root an image named by its title, still described by its desc', () => {
    const svg = asFigure(drawn)
    expect(svg).toMatch(/^<svg role="img" aria-label="Routes &quot;after&quot;" id="d1"/)
    expect(svg).not.toMatch(/graphics-document|aria-roledescription/)
    expect(svg).toContain('aria-describedby="chart-desc-d1"')
  })

  it('hides every label element, which the name and description already say', () => {
    expect(asFigure(drawn)).toContain('<foreignObject aria-hidden="true">')
    expect(asFigure(drawn)).toContain('<text aria-hidden="true">')
  })

  it('refuses a diagram without a title: it would have no accessible name', () => {
    expect(() => asFigure('<svg role="graphics-document document"><g/></svg>')).toThrow(/accTitle/)
  })
})

describe('the timeline', () => {
  it('is in calendar order', () => {
    const days = timeline.map(entry => entry.iso)
    expect(days).toEqual([...days].sort())
  })

  it('dates each event as the content layer does, from the same source', () => {
    for (const entry of timeline) {
      for (const id of entry.events) {
        const event = events[id]
        expect(event.absolute, `${entry.id} shows ${id}, which has a calendar date`).toBeDefined()
        const kind = entry.dateProvenance.kind
        if (kind === 'context') {
          expect(event.absolute!.iso, `${entry.id}: ${id}'s date`).toBe(entry.iso)
          expect(event.absolute!.provenance, `${entry.id}: where ${id}'s date comes from`).toEqual(entry.dateProvenance)
        }
        else {
          // A day the article states, its dateline, or one we counted: the event's date is counted from the article, or is its dateline.
          expect(event.absolute!.iso >= entry.iso && event.absolute!.iso <= '2024-10-17', `${entry.id}: ${id} on ${event.absolute!.iso}`).toBe(true)
        }
      }
    }
  })

  it('tags every date: context with its source, the article with ¶ or its dateline, our counting as inferred', () => {
    expect(timeline.map(dateTag)).toEqual([
      ['context · AP'],
      ['context · Semafor'],
      ['context · Semafor'],
      ['¶3'],
      ['context ·', 'Expansión, Proceso'],
      ['Tue, Wed · inferred'],
      ['article’s date'],
    ])
  })

  it('draws each date in its provenance\'s line style', () => {
    const graph = parseFlowchart(timelineDiagram())
    const styled = (cls: string) => [...graph.classDefs.keys()].includes(cls)
    expect(styled('context') && styled('inferred')).toBe(true)
    expect(graph.nodes.size, 'seven dates and two row titles').toBe(timeline.length + 2)
  })
})

describe('asFigure on paper', () => {
  it('names the figure by its title and its description, for the tagged PDF\'s alternate text', () => {
    const svg = '<svg role="graphics-document document" aria-labelledby="t" aria-describedby="d"><title id="t">Routes</title><desc id="d">The Embassy asks the SRE.</desc></svg>'
    expect(asFigure(svg, { withDescription: true })).toMatch(/^<svg role="img" aria-label="Routes\. The Embassy asks the SRE\."/)
    expect(asFigure(svg)).toMatch(/^<svg role="img" aria-label="Routes"/)
  })
})
