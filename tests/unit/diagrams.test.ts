import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { quotes } from '../../content'
import { generatedDiagrams } from '../../lib/diagrams'
import { DASH_ARRAY, DIAGRAM_COLORS, DIAGRAM_VARS, EDGE_CLASS, EDGE_WORD } from '../../lib/diagramStyle'
import { HIDDEN_EDGE_STYLE } from '../../lib/flowchart'
import { displayText } from '../../lib/quotes'
import { loadDeck } from '../support/deck'
import { deckDiagramSources, snippetFiles } from '../support/diagramSources'
import { drawnLines, lineStyleOf, parseFlowchart } from '../support/mermaidGraph'
import { ROOT } from '../support/paths'

const files = snippetFiles

/** What Mermaid's parser reports, for the two diagram types the deck draws. */
interface MermaidDb {
  getAccTitle: () => string
  getAccDescription: () => string
  // flowchart
  getVertices?: () => Map<string, { id: string }>
  getEdges?: () => { id: string, start: string, end: string, stroke: string, classes: string[], style?: string[], isUserDefinedId?: boolean }[]
  getSubGraphs?: () => { id: string, nodes: string[] }[]
  // sequenceDiagram
  getActors?: () => Map<string, { description: string }>
  getMessages?: () => { from: string, to: string, message: string }[]
}

/** Mermaid's own parser; it needs the DOM that happy-dom provides. */
async function mermaidParse(text: string): Promise<MermaidDb> {
  const { default: mermaid } = await import('mermaid')
  await mermaid.parse(text)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  return diagram.db as unknown as MermaidDb
}

/** Mermaid's message for a broken diagram, or undefined when it parses. */
async function mermaidError(text: string): Promise<string | undefined> {
  const { default: mermaid } = await import('mermaid')
  try {
    await mermaid.parse(text)
    return undefined
  }
  catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('parseFlowchart (the helper the built-deck tests use)', () => {
  it('reads nodes, clusters, edges with ids, labels, strokes and classes', () => {
    const graph = parseFlowchart([
      'flowchart LR',
      '  accTitle: T',
      '  subgraph us [United States]',
      '    a["US Embassy<br>Ken Salazar"]',
      '  end',
      '  b(["SRE"])',
      '  a e1@-->|requests| b',
      '  b e2@-.->|answer · inferred| a',
      '  a ~~~ b',
      '  class e2 inferred',
    ].join('\n'))
    expect(graph.accTitle).toBe('T')
    expect([...graph.nodes.keys()]).toEqual(['a', 'b'])
    expect(graph.nodes.get('a')!.lines).toEqual(['US Embassy', 'Ken Salazar'])
    expect(graph.clusters.get('us')!.members).toEqual(['a'])
    expect(graph.edges.map(e => [e.id, e.from, e.to, e.label, lineStyleOf(e)])).toEqual([
      ['e1', 'a', 'b', 'requests', 'solid'],
      ['e2', 'b', 'a', 'answer · inferred', 'dashed'],
      [undefined, 'a', 'b', '', 'invisible'],
    ])
  })

  it('calls a dotted edge without a provenance class unclear', () => {
    const graph = parseFlowchart('flowchart LR\n a["A"]\n b["B"]\n a -.-> b')
    expect(lineStyleOf(graph.edges[0]!)).toBe('unclear')
  })

  it('throws on a statement it does not know, naming the line', () => {
    expect(() => parseFlowchart('flowchart LR\n a --> b')).toThrow(/line 2/)
    expect(() => parseFlowchart('flowchart LR\n a["A"] --> b["B"]')).toThrow(/unsupported/)
  })

  it('reads a sequence diagram: participants as nodes, messages as edges', () => {
    const graph = parseFlowchart([
      'sequenceDiagram',
      '  participant w as Washington',
      '  participant m as Government of Mexico',
      '  m->>w: clarify<br>the arrest',
      '  w-->>m: answer',
    ].join('\n'))
    expect(graph.direction).toBe('sequence')
    expect(Array.from(graph.nodes.values(), n => n.label)).toEqual(['Washington', 'Government of Mexico'])
    expect(graph.edges.map(e => [e.from, e.to, e.label, e.stroke])).toEqual([['m', 'w', 'clarify the arrest', 'normal'], ['w', 'm', 'answer', 'dotted']])
    expect(drawnLines(graph)).toEqual(['Washington', 'Government of Mexico', 'clarify', 'the arrest', 'answer'])
    expect(() => parseFlowchart('sequenceDiagram\n a->>b: hi')).toThrow(/undeclared participant a/)
  })
})

const diagramSources = deckDiagramSources().map(({ where, code }) => ({ name: where, code }))

describe('the diagrams slides name in their frontmatter', () => {
  it('are the snippet files and the generated diagrams, each used', async () => {
    const named = new Set((await loadDeck()).flatMap(slide => typeof slide.frontmatter.diagram === 'string' ? [slide.frontmatter.diagram] : []))
    expect(named.size, 'slides with a diagram').toBeGreaterThan(0)
    expect([...named].sort()).toEqual([...files.map(f => f.replace(/\.mmd$/, '')), ...Object.keys(generatedDiagrams)].sort())
  })
})

describe('every Mermaid source the deck draws', () => {
  it('includes every snippet and both routes at every step', () => {
    expect(diagramSources.length).toBe(files.length + 1 + (5 + 3) * 2)
  })

  for (const { name, code } of diagramSources) {
    describe(name, () => {
      it('parses with Mermaid\'s own parser', async () => {
        const message = await mermaidError(code)
        expect(message, `${name}: Mermaid says: ${message}`).toBeUndefined()
      })

      it('reads the same with our helper as with Mermaid', async () => {
        const ours = parseFlowchart(code)
        const db = await mermaidParse(code)
        if (ours.direction === 'sequence') {
          expect(Array.from(ours.nodes.values(), n => [n.id, n.label])).toEqual(Array.from(db.getActors!().entries(), ([id, actor]) => [id, actor.description]))
          expect(ours.edges.map(e => [e.from, e.to, e.lines.join('<br>')])).toEqual(db.getMessages!().map(m => [m.from, m.to, m.message]))
        }
        else {
          const clusterIds = new Set(db.getSubGraphs!().map(sub => sub.id))
          expect([...ours.nodes.keys()].sort()).toEqual([...db.getVertices!().keys()].filter(id => !clusterIds.has(id)).sort())
          expect([...ours.clusters.keys()].sort()).toEqual([...clusterIds].sort())
          for (const sub of db.getSubGraphs!())
            expect([...ours.clusters.get(sub.id)!.members].sort(), `members of ${sub.id}`).toEqual([...sub.nodes].sort())
          const theirs = db.getEdges!().map(e => ({ id: e.isUserDefinedId ? e.id : undefined, from: e.start, to: e.end, stroke: e.stroke, classes: e.classes, hidden: HIDDEN_EDGE_STYLE.split(',').every(part => (e.style ?? []).includes(part)) }))
          expect(ours.edges.map(e => ({ id: e.id, from: e.from, to: e.to, stroke: e.stroke, classes: e.classes, hidden: e.hidden }))).toEqual(theirs)
        }
        expect(ours.accTitle).toBe(db.getAccTitle())
        expect(ours.accDescr).toBe(db.getAccDescription())
      })

      it('has an accTitle and an accDescr', () => {
        const graph = parseFlowchart(code)
        expect(graph.accTitle?.length).toBeGreaterThan(10)
        expect(graph.accDescr?.length).toBeGreaterThan(40)
      })

      it('draws every edge solid, dotted (context) or dashed (inferred), and says so in its label', () => {
        const graph = parseFlowchart(code)
        for (const edge of graph.edges) {
          const style = lineStyleOf(edge)
          const where = `${name}: ${edge.from} → ${edge.to} "${edge.label}"`
          expect(style, where).not.toBe('unclear')
          if (style === 'dotted' || style === 'dashed')
            expect(edge.label, where).toMatch(new RegExp(`\\b${EDGE_WORD[style]}$`))
          else
            expect(edge.label, where).not.toMatch(/\b(?:inferred|context)\b/)
        }
      })

      it('styles its provenance classes with the deck\'s dash patterns', () => {
        const graph = parseFlowchart(code)
        for (const style of ['dotted', 'dashed'] as const) {
          if (graph.edges.some(e => lineStyleOf(e) === style))
            expect(graph.classDefs.get(EDGE_CLASS[style]), `${name}: classDef ${EDGE_CLASS[style]}`).toEqual([`stroke-dasharray: ${DASH_ARRAY[style]}`])
        }
      })

      it('puts only registered quotes, word for word, inside quote marks', () => {
        const shown = new Set(Object.values(quotes).map(q => displayText(q)))
        const text = code.replace(/<br\s*\/?>/g, ' ')
        for (const [, inner] of text.matchAll(/“([^”]*)”/g))
          expect(shown.has(inner!), `${name}: “${inner}” is not a registered quote's display text`).toBe(true)
        for (const node of parseFlowchart(code).nodes.values())
          expect(node.label, `${name}: straight quote marks in ${node.id}`).not.toMatch(/"/)
      })
    })
  }
})

describe('diagram colours', () => {
  it('equal the palette in styles/palette.css, light and dark', () => {
    const css = readFileSync(join(ROOT, 'styles', 'palette.css'), 'utf8')
    const block = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)))
    for (const [mode, selector] of [['light', ':root'], ['dark', 'html.dark']] as const) {
      for (const [color, variable] of Object.entries(DIAGRAM_VARS)) {
        const value = block(selector).match(new RegExp(`${variable}:\\s*(#[0-9a-f]{6})`))?.[1]
        expect(DIAGRAM_COLORS[mode][color as keyof typeof DIAGRAM_VARS], `${mode} ${variable}`).toBe(value)
      }
    }
  })
})
