import type { Provenance, RouteNodeId } from '../../content/types'
import type { FlowGraph, GraphEdge } from '../support/mermaidGraph'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actors, events, institutions, quotes } from '../../content'
import { routeNodes, routes } from '../../content/routes'
import { DASH_ARRAY, DIAGRAM_COLORS, DIAGRAM_VARS, EDGE_CLASS, EDGE_WORD } from '../../lib/diagramStyle'
import { LINE_STYLE } from '../../lib/provenance'
import { displayText } from '../../lib/quotes'
import { lineStyleOf, parseFlowchart } from '../support/mermaidGraph'
import { ROOT } from '../support/paths'

const SNIPPETS = join(ROOT, 'snippets')
const files = readdirSync(SNIPPETS).filter(f => f.endsWith('.mmd')).sort()
const read = (file: string) => readFileSync(join(SNIPPETS, file), 'utf8')

/** Mermaid's own parser; it needs the DOM that happy-dom provides. */
async function mermaidParse(text: string) {
  const { default: mermaid } = await import('mermaid')
  await mermaid.parse(text)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  return diagram.db as unknown as {
    getVertices: () => Map<string, { id: string }>
    getEdges: () => { id: string, start: string, end: string, stroke: string, classes: string[], isUserDefinedId?: boolean }[]
    getSubGraphs: () => { id: string, nodes: string[] }[]
    getAccTitle: () => string
    getAccDescription: () => string
    getClasses: () => Map<string, { styles: string[] }>
  }
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
})

describe('snippets/*.mmd', () => {
  it('has the four diagrams of issue 5', () => {
    expect(files).toEqual(expect.arrayContaining(['before-after.mmd', 'channel-after.mmd', 'pause-causes.mmd', 'security-agenda.mmd']))
  })

  for (const file of files) {
    describe(file, () => {
      it('parses with Mermaid\'s own parser', async () => {
        const message = await mermaidError(read(file))
        expect(message, `${file}: Mermaid says: ${message}`).toBeUndefined()
      })

      it('reads the same with our helper as with Mermaid', async () => {
        const text = read(file)
        const ours = parseFlowchart(text)
        const db = await mermaidParse(text)
        const clusterIds = new Set(db.getSubGraphs().map(s => s.id))
        expect([...ours.nodes.keys()].sort()).toEqual([...db.getVertices().keys()].filter(id => !clusterIds.has(id)).sort())
        expect([...ours.clusters.keys()].sort()).toEqual([...clusterIds].sort())
        for (const sub of db.getSubGraphs())
          expect([...ours.clusters.get(sub.id)!.members].sort(), `members of ${sub.id}`).toEqual([...sub.nodes].sort())
        const theirs = db.getEdges().map(e => ({ id: e.isUserDefinedId ? e.id : undefined, from: e.start, to: e.end, stroke: e.stroke, classes: e.classes }))
        expect(ours.edges.map(e => ({ id: e.id, from: e.from, to: e.to, stroke: e.stroke, classes: e.classes }))).toEqual(theirs)
        expect(ours.accTitle).toBe(db.getAccTitle())
        expect(ours.accDescr).toBe(db.getAccDescription())
      })

      it('has an accTitle and an accDescr', () => {
        const graph = parseFlowchart(read(file))
        expect(graph.accTitle?.length).toBeGreaterThan(10)
        expect(graph.accDescr?.length).toBeGreaterThan(40)
      })

      it('draws every edge solid, dotted (context) or dashed (inferred), and says so in its label', () => {
        const graph = parseFlowchart(read(file))
        for (const edge of graph.edges) {
          const style = lineStyleOf(edge)
          const where = `${file}: ${edge.from} → ${edge.to} "${edge.label}"`
          expect(style, where).not.toBe('unclear')
          if (style === 'dotted' || style === 'dashed')
            expect(edge.label, where).toMatch(new RegExp(`\\b${EDGE_WORD[style]}$`))
          else
            expect(edge.label, where).not.toMatch(/\b(?:inferred|context)\b/)
        }
      })

      it('styles its provenance classes with the deck\'s dash patterns', () => {
        const graph = parseFlowchart(read(file))
        for (const style of ['dotted', 'dashed'] as const) {
          if (graph.edges.some(e => lineStyleOf(e) === style))
            expect(graph.classDefs.get(EDGE_CLASS[style]), `${file}: classDef ${EDGE_CLASS[style]}`).toEqual([`stroke-dasharray: ${DASH_ARRAY[style]}`])
        }
      })

      it('puts only registered quotes, word for word, inside quote marks', () => {
        const shown = new Set(Object.values(quotes).map(q => displayText(q)))
        const text = read(file)
        for (const [, inner] of text.matchAll(/“([^”]*)”/g))
          expect(shown.has(inner!), `${file}: “${inner}” is not a registered quote's display text`).toBe(true)
        for (const node of parseFlowchart(text).nodes.values())
          expect(node.label, `${file}: straight quote marks in ${node.id}`).not.toMatch(/"/)
      })
    })
  }
})

/**
 * The routing diagrams and the routes model (content/routes.ts).
 * Mapping: a node id is a routeNodes id, optionally suffixed with the phase
 * it shows (`embassy_before`); unsuffixed nodes show the diagram's default
 * phase. Besides route nodes, a routing diagram may show the actors and
 * institutions listed in EXTRA_NODES, joined only by EXTRA_EDGES.
 */
const ROUTING: Record<string, { defaultPhase?: 'before' | 'after', drawsEveryHop: boolean }> = {
  'channel-after.mmd': { defaultPhase: 'after', drawsEveryHop: true },
  'before-after.mmd': { drawsEveryHop: false },
}
const EXTRA_NODES: Record<string, string> = {
  sheinbaum: actors.sheinbaum.short,
  cabinet: institutions.cabinet.name,
}
const EXTRA_EDGES: { from: string, to: string, provenance: Provenance }[] = [
  { from: 'sheinbaum', to: 'cabinet', provenance: events.E6.provenance },
]

/** Embassy request routes (those that start at the Embassy) of a phase. */
function embassyHops(phase: 'before' | 'after') {
  return routes.filter(r => r.phase === phase && r.hops[0]?.from === 'embassy').flatMap(r => r.hops)
}

function routeRef(id: string, defaultPhase?: 'before' | 'after') {
  const m = id.match(/^(\w+?)(?:_(before|after))?$/)!
  const base = m[1]!.replaceAll('_', '-')
  const phase = (m[2] ?? defaultPhase) as 'before' | 'after' | undefined
  return { base, phase, routeNode: routeNodes[base as RouteNodeId] }
}

function expectEdgeMatchesModel(file: string, graph: FlowGraph, edge: GraphEdge, defaultPhase?: 'before' | 'after') {
  const where = `${file}: ${edge.from} → ${edge.to}`
  const from = routeRef(edge.from, defaultPhase)
  const to = routeRef(edge.to, defaultPhase)
  if (from.routeNode && to.routeNode) {
    expect(from.phase, `${where}: both ends in one phase`).toBe(to.phase)
    const hop = embassyHops(from.phase!).find(h => h.from === from.base && h.to === to.base)
    expect(hop, `${where}: no such hop in the routes model (${from.phase})`).toBeDefined()
    expect(lineStyleOf(edge), `${where}: drawn as its provenance (${hop!.provenance.kind})`).toBe(LINE_STYLE[hop!.provenance.kind])
  }
  else {
    const extra = EXTRA_EDGES.find(e => e.from === edge.from && e.to === edge.to)
    expect(extra, `${where}: not a hop of the routes model nor a listed extra edge`).toBeDefined()
    expect(lineStyleOf(edge), where).toBe(LINE_STYLE[extra!.provenance.kind])
  }
  expect(graph.nodes.has(edge.from) && graph.nodes.has(edge.to), `${where}: joins nodes`).toBe(true)
}

describe('routing diagrams agree with the routes model', () => {
  for (const [file, { defaultPhase, drawsEveryHop }] of Object.entries(ROUTING)) {
    describe(file, () => {
      const graph = () => parseFlowchart(read(file))

      it('names every node after a route node, actor or institution, with its label', () => {
        for (const node of graph().nodes.values()) {
          const ref = routeRef(node.id, defaultPhase)
          if (ref.routeNode) {
            expect(ref.phase, `${file}: ${node.id} has a phase`).toBeDefined()
            expect([ref.routeNode.label, ref.routeNode.short], `${file}: ${node.id} label`).toContain(node.lines[0])
          }
          else {
            expect(EXTRA_NODES[node.id], `${file}: ${node.id} is neither a route node nor a listed actor/institution`).toBeDefined()
            expect(node.label).toContain(EXTRA_NODES[node.id])
          }
        }
      })

      it('shows every route node of the Embassy routes in each phase it draws, and no other', () => {
        const nodes = Array.from(graph().nodes.keys(), id => routeRef(id, defaultPhase)).filter(r => r.routeNode)
        const phases = [...new Set(nodes.map(r => r.phase!))]
        expect(phases.length).toBeGreaterThan(0)
        for (const phase of phases) {
          const inModel = new Set(embassyHops(phase).flatMap(h => [h.from, h.to]))
          const drawn = new Set(nodes.filter(r => r.phase === phase).map(r => r.base))
          expect([...drawn].sort(), `${file}, ${phase}`).toEqual([...inModel].sort())
        }
      })

      it('draws each edge as a hop of the model, in its provenance\'s line style', () => {
        const g = graph()
        for (const edge of g.edges.filter(e => e.stroke !== 'invisible'))
          expectEdgeMatchesModel(file, g, edge, defaultPhase)
      })

      it('after the instruction, sends the Embassy\'s requests only to the SRE', () => {
        for (const edge of graph().edges) {
          const from = routeRef(edge.from, defaultPhase)
          if (from.base === 'embassy' && from.phase === 'after')
            expect(routeRef(edge.to, defaultPhase).base, `${file}: ${edge.from} → ${edge.to} bypasses the SRE`).toBe('sre')
        }
      })

      if (drawsEveryHop) {
        it('draws every hop of the phase it shows', () => {
          const g = graph()
          for (const hop of embassyHops(defaultPhase!)) {
            const drawn = g.edges.some(e => routeRef(e.from, defaultPhase).base === hop.from && routeRef(e.to, defaultPhase).base === hop.to)
            expect(drawn, `${file}: hop ${hop.from} → ${hop.to} (${hop.label})`).toBe(true)
          }
        })
      }
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
