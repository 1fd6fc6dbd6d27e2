import type { LineStyle } from './provenance'
import { DASH_ARRAY, EDGE_CLASS, EDGE_WORD } from './diagramStyle'

/**
 * Mermaid flowchart source from typed parts, for the diagrams the deck
 * generates from its content layer (the request routes, the timeline). It
 * writes the deck's visual language once: a dotted (context) or dashed
 * (inferred) edge gets its provenance class, whose dash pattern
 * setup/mermaid.ts colours, and says its provenance in words at the end of its
 * label; a hidden edge keeps its place in the layout (so the drawing does not
 * move when it appears) but is not painted.
 */

export interface FlowNode {
  id: string
  /** A first line in bold (a date, a name). */
  title?: string
  /** Label lines, drawn one under the other. */
  lines: readonly string[]
  /** Box outline by provenance: a dotted or dashed border (a date from context, one we counted). */
  border?: LineStyle
  /** Text only, no box (a row's title). */
  plain?: boolean
}

export interface FlowCluster {
  id: string
  title: string
  nodes: readonly FlowNode[]
  /** Layout inside the cluster, when it differs from the chart's. */
  direction?: FlowDirection
}

export interface FlowEdge {
  id: string
  /** A node's id, or a cluster's (an edge between two rows). */
  from: string
  to: string
  /** Label lines; dotted and dashed edges add their provenance word (see `Flowchart.provenanceWord`). */
  label: readonly string[]
  style: LineStyle
  /** Laid out but not painted (a hop not yet lit). */
  hidden?: boolean
  /** An edge without an arrowhead (a link in time, not a message). */
  plain?: boolean
  /** Not drawn at all: it only keeps its two ends in order. */
  invisible?: boolean
}

export type FlowDirection = 'LR' | 'TB'

export interface Flowchart {
  direction: FlowDirection
  accTitle: string
  accDescr: string
  clusters?: readonly FlowCluster[]
  /** Nodes outside any cluster. */
  nodes?: readonly FlowNode[]
  edges: readonly FlowEdge[]
  /** Where a dotted or dashed edge says its provenance: a line of its own (default), or after the label's last line. */
  provenanceWord?: 'line' | 'inline'
  /** Per-diagram layout settings (Mermaid's `flowchart` config), merged over setup/mermaid.ts. */
  layout?: { nodeSpacing?: number, rankSpacing?: number, padding?: number }
}

/** Characters that would end a quoted label early in Mermaid's grammar; a statement (accTitle, accDescr) also ends at a semicolon. */
const UNSAFE = /["|<>\n]/
const UNSAFE_STATEMENT = /["|<>\n;]/

/** How a hidden edge is painted: not at all (the path, its arrowhead and its label). */
export const HIDDEN_EDGE_STYLE = 'opacity:0,color:transparent'

/** The class a node's dotted or dashed border comes from (same names as the edges'). */
const BORDER_CLASS = EDGE_CLASS

/** The class of a text-only node, and how it is drawn. */
const PLAIN_CLASS = 'plain'
const PLAIN_STYLE = 'fill:none,stroke:none'

function text(line: string, where: string, unsafe: RegExp = UNSAFE): string {
  if (unsafe.test(line))
    throw new Error(`${where}: "${line}" has a character Mermaid would misread (" | < >, a line break, or in a statement ;)`)
  return line
}

function nodeLine(node: FlowNode, indent: string): string {
  const lines = node.lines.map(line => text(line, `node ${node.id}`))
  const label = [...node.title ? [`<b>${text(node.title, `node ${node.id}`)}</b>`] : [], ...lines].join('<br>')
  return `${indent}${node.id}["${label}"]`
}

function edgeLabel(edge: FlowEdge, word: Flowchart['provenanceWord']): string {
  const lines = edge.label.map(line => text(line, `edge ${edge.id}`))
  if (edge.style !== 'solid') {
    if (word === 'inline' && lines.length)
      lines[lines.length - 1] = `${lines.at(-1)} · ${EDGE_WORD[edge.style]}`
    else
      lines.push(EDGE_WORD[edge.style])
  }
  return lines.join('<br>')
}

function arrow(edge: FlowEdge): string {
  if (edge.invisible)
    return '~~~'
  const head = edge.plain ? '' : '>'
  return edge.style === 'solid' ? `--${head || '-'}` : `-.-${head}`
}

/** The Mermaid source of a flowchart. Unknown node ids in edges, and duplicate ids, throw. */
export function flowchart(chart: Flowchart): string {
  const all = [...(chart.clusters ?? []).flatMap(c => c.nodes), ...(chart.nodes ?? [])]
  const ids = new Set<string>()
  for (const id of [...all.map(n => n.id), ...(chart.clusters ?? []).map(c => c.id), ...chart.edges.map(e => e.id)]) {
    if (ids.has(id))
      throw new Error(`flowchart: the id "${id}" is used twice`)
    ids.add(id)
  }
  const ends = new Set([...all.map(n => n.id), ...(chart.clusters ?? []).map(c => c.id)])
  for (const edge of chart.edges) {
    for (const end of [edge.from, edge.to]) {
      if (!ends.has(end))
        throw new Error(`flowchart: edge ${edge.id} names an unknown node or cluster "${end}"`)
    }
  }
  const lines: string[] = []
  if (chart.layout)
    lines.push('---', 'config:', '  flowchart:', ...Object.entries(chart.layout).map(([key, value]) => `    ${key}: ${value}`), '---')
  lines.push(
    `flowchart ${chart.direction}`,
    `  accTitle: ${text(chart.accTitle, 'accTitle', UNSAFE_STATEMENT)}`,
    `  accDescr: ${text(chart.accDescr, 'accDescr', UNSAFE_STATEMENT)}`,
  )
  for (const cluster of chart.clusters ?? []) {
    lines.push(`  subgraph ${cluster.id} [${text(cluster.title, `cluster ${cluster.id}`)}]`)
    if (cluster.direction)
      lines.push(`    direction ${cluster.direction}`)
    lines.push(...cluster.nodes.map(node => nodeLine(node, '    ')), '  end')
  }
  lines.push(...(chart.nodes ?? []).map(node => nodeLine(node, '  ')))
  for (const edge of chart.edges) {
    const label = edge.invisible ? '' : edgeLabel(edge, chart.provenanceWord)
    lines.push(`  ${edge.from} ${edge.id}@${arrow(edge)}${label ? `|${label}|` : ''} ${edge.to}`)
  }
  for (const style of ['dotted', 'dashed'] as const) {
    const edges = chart.edges.filter(e => e.style === style).map(e => e.id)
    const nodes = all.filter(n => n.border === style).map(n => n.id)
    if (edges.length || nodes.length)
      lines.push(`  classDef ${EDGE_CLASS[style]} stroke-dasharray: ${DASH_ARRAY[style]}`)
    if (edges.length)
      lines.push(`  class ${edges.join(',')} ${EDGE_CLASS[style]}`)
    if (nodes.length)
      lines.push(`  class ${nodes.join(',')} ${BORDER_CLASS[style]}`)
  }
  const plain = all.filter(n => n.plain).map(n => n.id)
  if (plain.length)
    lines.push(`  classDef ${PLAIN_CLASS} ${PLAIN_STYLE}`, `  class ${plain.join(',')} ${PLAIN_CLASS}`)
  const hidden = chart.edges.flatMap((edge, index) => edge.hidden ? [index] : [])
  if (hidden.length)
    lines.push(`  linkStyle ${hidden.join(',')} ${HIDDEN_EDGE_STYLE}`)
  return `${lines.join('\n')}\n`
}
