/**
 * A small reader for the flowchart subset our snippets/*.mmd use, for the
 * places where Mermaid's own parser cannot run (it needs a DOM; the built-deck
 * tests run in Node). The unit tests check it against Mermaid's parser on
 * every snippet, so the two always agree on nodes, edges and styles.
 *
 * Supported, one statement per line: `flowchart DIR`, `accTitle:`,
 * `accDescr:`, `subgraph id [title]` / `end`, `direction DIR`,
 * node declarations `id["label"]` (shapes [ ], ([ ]), ( ), { }),
 * edges `a id@-->|label| b` between declared ids, `classDef`, `class`.
 * Anything else throws, so nothing is skipped silently.
 */
import type { LineStyle } from '../../lib/provenance'
import { EDGE_CLASS } from '../../lib/diagramStyle'

export type Stroke = 'normal' | 'dotted' | 'thick' | 'invisible'

export interface GraphNode {
  id: string
  /** Label lines, split on `<br>`. */
  lines: string[]
  /** The label as one line of text. */
  label: string
}

export interface GraphEdge {
  id?: string
  from: string
  to: string
  label: string
  stroke: Stroke
  /** Both ends have arrowheads (`<-->`). */
  both: boolean
  classes: string[]
}

export interface GraphCluster {
  id: string
  title: string
  members: string[]
}

export interface FlowGraph {
  direction: string
  accTitle?: string
  accDescr?: string
  nodes: Map<string, GraphNode>
  clusters: Map<string, GraphCluster>
  edges: GraphEdge[]
  classDefs: Map<string, string[]>
}

const NODE = /^(\w+)(\(\[|\[|\(|\{)"([^"]*)"(\]\)|\]|\)|\})$/
const EDGE = /^(\w+)\s+(?:(\w+)@)?(<-->|-->|-\.->|==>|---|-\.-|~~~)(?:\|([^|]*)\|)?\s+(\w+)$/
const SUBGRAPH = /^subgraph\s+(\w+)\s*\[(.*)\]$/

const STROKES: Record<string, Stroke> = {
  '-->': 'normal',
  '<-->': 'normal',
  '---': 'normal',
  '-.->': 'dotted',
  '-.-': 'dotted',
  '==>': 'thick',
  '~~~': 'invisible',
}

/** Reads a flowchart snippet; throws with the line number on anything unsupported. */
export function parseFlowchart(text: string): FlowGraph {
  const graph: FlowGraph = { direction: '', nodes: new Map(), clusters: new Map(), edges: [], classDefs: new Map() }
  const open: GraphCluster[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1}: ${why}: ${line}`)
    }
    if (!line || line.startsWith('%%'))
      return
    let m: RegExpMatchArray | null
    if ((m = line.match(/^flowchart\s+(TB|TD|BT|LR|RL)$/))) {
      graph.direction = m[1]!
    }
    else if ((m = line.match(/^accTitle:\s*(.*)$/))) {
      graph.accTitle = m[1]!
    }
    else if ((m = line.match(/^accDescr:\s*(.*)$/))) {
      graph.accDescr = m[1]!
    }
    else if ((m = line.match(SUBGRAPH))) {
      const cluster = { id: m[1]!, title: m[2]!, members: [] }
      open.at(-1)?.members.push(cluster.id)
      graph.clusters.set(cluster.id, cluster)
      open.push(cluster)
    }
    else if (line === 'end') {
      if (!open.pop())
        fail('end without subgraph')
    }
    else if (/^direction\s+\w+$/.test(line)) {
      // Layout only.
    }
    else if ((m = line.match(/^classDef\s+(\w+)\s+(.+)$/))) {
      graph.classDefs.set(m[1]!, m[2]!.split(',').map(s => s.trim()))
    }
    else if ((m = line.match(/^class\s+([\w,]+)\s+(\w+)$/))) {
      for (const id of m[1]!.split(',')) {
        const edge = graph.edges.find(e => e.id === id)
        const node = graph.nodes.get(id)
        if (edge)
          edge.classes.push(m[2]!)
        else if (!node)
          fail(`class for unknown id ${id}`)
      }
    }
    else if ((m = line.match(NODE))) {
      const lines = m[3]!.split(/<br\s*\/?>/)
      graph.nodes.set(m[1]!, { id: m[1]!, lines, label: lines.join(' ') })
      open.at(-1)?.members.push(m[1]!)
    }
    else if ((m = line.match(EDGE))) {
      const [, from, id, arrow, label, to] = m
      for (const end of [from!, to!]) {
        if (!graph.nodes.has(end) && !graph.clusters.has(end))
          fail(`edge to undeclared ${end} (declare nodes before edges)`)
      }
      graph.edges.push({ id, from: from!, to: to!, label: (label ?? '').trim(), stroke: STROKES[arrow!]!, both: arrow === '<-->', classes: [] })
    }
    else {
      fail('unsupported statement')
    }
  })
  if (open.length)
    throw new Error(`subgraph ${open.at(-1)!.id} is not closed`)
  return graph
}

/**
 * How an edge is drawn, in the deck's provenance language: a plain solid
 * line, or a Mermaid dotted line (`-.->`) whose class makes it dotted
 * (context) or dashed (inferred). Anything else is "unclear".
 */
export function lineStyleOf(edge: GraphEdge): LineStyle | 'invisible' | 'unclear' {
  if (edge.stroke === 'invisible')
    return 'invisible'
  const context = edge.classes.includes(EDGE_CLASS.dotted)
  const inferred = edge.classes.includes(EDGE_CLASS.dashed)
  if (edge.stroke === 'normal' && !context && !inferred)
    return 'solid'
  if (edge.stroke === 'dotted' && context !== inferred)
    return context ? 'dotted' : 'dashed'
  return 'unclear'
}
