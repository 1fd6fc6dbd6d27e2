/**
 * A small reader for the flowchart and sequence-diagram subset our snippets/*.mmd use, for the
 * places where Mermaid's own parser cannot run (it needs a DOM; the built-deck
 * tests run in Node). The unit tests check it against Mermaid's parser on
 * every snippet, so the two always agree on nodes, edges and styles.
 *
 * Supported, one statement per line, after an optional `---` config block: `flowchart DIR`, `accTitle:`,
 * `accDescr:`, `subgraph id [title]` / `end`, `direction DIR`,
 * node declarations `id["label"]` (shapes [ ], ([ ]), ( ), { }),
 * edges `a id@-->|label| b` between declared ids (any length: `---->`), `classDef`, `class`,
 * `linkStyle i,j` with the hidden style of lib/flowchart.ts;
 * and `sequenceDiagram` with `participant id as Label` (read as nodes) and
 * messages `a->>b: text` (solid) or `a-->>b: text` (dotted), read as edges.
 * Anything else throws, so nothing is skipped silently.
 */
import type { LineStyle } from '../../lib/provenance'
import { EDGE_CLASS } from '../../lib/diagramStyle'
import { HIDDEN_EDGE_STYLE } from '../../lib/flowchart'

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
  /** The label as one line of text. */
  label: string
  /** Label lines, split on `<br>`. */
  lines: string[]
  stroke: Stroke
  /** Laid out but not painted (`linkStyle … opacity:0…`, a hop not yet lit). */
  hidden: boolean
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
  /** Flowchart direction (LR, TB, …), or `sequence` for a sequence diagram. */
  direction: string
  accTitle?: string
  accDescr?: string
  nodes: Map<string, GraphNode>
  clusters: Map<string, GraphCluster>
  edges: GraphEdge[]
  classDefs: Map<string, string[]>
}

const NODE = /^(\w+)(\(\[|[[({])"([^"]*)"(\]\)|[\])}])$/
const EDGE = /^(\w+) +(?:(\w+)@)?(<-{2,}>|-{2,}>|-\.+->|={2,}>|-{3,}|-\.+-|~{3,})(?:\|([^|]*)\|)? +(\w+)$/
const SUBGRAPH = /^subgraph (\w+) ?\[([^\]]*)\]$/
const HEADER = /^flowchart (TB|TD|BT|LR|RL)$/
const SEQUENCE = /^sequenceDiagram$/
const PARTICIPANT = /^participant (\w+) as (\S.*)$/
const MESSAGE = /^(\w+)(-->>|->>)(\w+): ?(\S.*)$/
const ACC_TITLE = /^accTitle: ?(\S.*)$/
const ACC_DESCR = /^accDescr: ?(\S.*)$/
const DIRECTION = /^direction \w+$/
const CLASS_DEF = /^classDef (\w+) (\S.*)$/
const CLASS = /^class ([\w,]+) (\w+)$/
const LINK_STYLE = /^linkStyle ([\d,]+) (\S+)$/
const BREAK = /<br\s*\/?>/
/** Inline markup a label may carry (a bold first line): drawn, but not text. */
const INLINE_TAG = /<\/?b>/g

/** The stroke of an arrow, whatever its length (`-->`, `---->`: a longer link spans more ranks). */
function strokeOf(arrow: string): Stroke {
  if (arrow.startsWith('~'))
    return 'invisible'
  if (arrow.includes('.'))
    return 'dotted'
  return arrow.includes('=') ? 'thick' : 'normal'
}

type Step = (m: RegExpMatchArray, graph: FlowGraph, open: GraphCluster[], fail: (why: string) => never) => void

/** One handler per statement kind, tried in order. */
const STATEMENTS: [RegExp, Step][] = [
  [HEADER, (m, graph) => {
    graph.direction = m[1]!
  }],
  [SEQUENCE, (_m, graph) => {
    graph.direction = 'sequence'
  }],
  [PARTICIPANT, (m, graph) => {
    graph.nodes.set(m[1]!, { id: m[1]!, lines: [m[2]!], label: m[2]! })
  }],
  [MESSAGE, (m, graph, _open, fail) => {
    const [, from, arrow, to, text] = m
    for (const end of [from!, to!]) {
      if (!graph.nodes.has(end))
        fail(`message to undeclared participant ${end}`)
    }
    const lines = text!.split(BREAK)
    graph.edges.push({ from: from!, to: to!, label: lines.join(' '), lines, stroke: arrow === '->>' ? 'normal' : 'dotted', hidden: false, both: false, classes: [] })
  }],
  [ACC_TITLE, (m, graph) => {
    graph.accTitle = m[1]!
  }],
  [ACC_DESCR, (m, graph) => {
    graph.accDescr = m[1]!
  }],
  [SUBGRAPH, (m, graph, open) => {
    const cluster = { id: m[1]!, title: m[2]!, members: [] }
    open.at(-1)?.members.push(cluster.id)
    graph.clusters.set(cluster.id, cluster)
    open.push(cluster)
  }],
  [/^end$/, (_m, _graph, open, fail) => {
    if (!open.pop())
      fail('end without subgraph')
  }],
  [DIRECTION, () => {}],
  [CLASS_DEF, (m, graph) => {
    graph.classDefs.set(m[1]!, m[2]!.split(',').map(s => s.trim()))
  }],
  [CLASS, (m, graph, _open, fail) => {
    for (const id of m[1]!.split(',')) {
      const edge = graph.edges.find(e => e.id === id)
      if (edge)
        edge.classes.push(m[2]!)
      else if (!graph.nodes.has(id))
        fail(`class for unknown id ${id}`)
    }
  }],
  [LINK_STYLE, (m, graph, _open, fail) => {
    for (const index of m[1]!.split(',').map(Number)) {
      const edge = graph.edges[index] ?? fail(`linkStyle for edge ${index}, which does not exist`)
      if (m[2] !== HIDDEN_EDGE_STYLE)
        fail(`linkStyle other than the hidden style (${HIDDEN_EDGE_STYLE})`)
      edge.hidden = true
    }
  }],
  [NODE, (m, graph, open) => {
    const lines = m[3]!.split(BREAK).map(line => line.replace(INLINE_TAG, ''))
    graph.nodes.set(m[1]!, { id: m[1]!, lines, label: lines.join(' ') })
    open.at(-1)?.members.push(m[1]!)
  }],
  [EDGE, (m, graph, _open, fail) => {
    const [, from, id, arrow, label, to] = m
    for (const end of [from!, to!]) {
      if (!graph.nodes.has(end) && !graph.clusters.has(end))
        fail(`edge to undeclared ${end} (declare nodes before edges)`)
    }
    const lines = (label ?? '').trim().split(BREAK).filter(Boolean)
    graph.edges.push({ id, from: from!, to: to!, label: lines.join(' '), lines, stroke: strokeOf(arrow!), hidden: false, both: arrow!.startsWith('<'), classes: [] })
  }],
]

/** Reads a flowchart or sequence-diagram snippet; throws with the line number on anything unsupported. */
export function parseFlowchart(text: string): FlowGraph {
  const graph: FlowGraph = { direction: '', nodes: new Map(), clusters: new Map(), edges: [], classDefs: new Map() }
  const open: GraphCluster[] = []
  const lines = text.split('\n')
  // A leading `---` … `---` block is Mermaid's per-diagram config (layout spacing): not drawn.
  const configEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1
  lines.forEach((raw, index) => {
    const line = raw.trim()
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1}: ${why}: ${line}`)
    }
    if (!line || line.startsWith('%%') || index <= configEnd)
      return
    for (const [pattern, step] of STATEMENTS) {
      const m = line.match(pattern)
      if (m)
        return step(m, graph, open, fail)
    }
    fail('unsupported statement')
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

/**
 * Every line of text a diagram draws: node (or participant) labels, line by
 * line, and the labels of the edges (or messages) it paints, each `<br>` a
 * line of its own.
 */
export function drawnLines(graph: FlowGraph): string[] {
  return [
    ...[...graph.nodes.values()].flatMap(node => node.lines),
    ...graph.edges.filter(edge => !edge.hidden).flatMap(edge => edge.lines),
  ]
}
