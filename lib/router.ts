import type { Hop, Phase, Route, RouteNode, RouteNodeId } from '../content/types'
import type { LineStyle } from './provenance'
import { routeNodes, routes } from '../content/routes'
import { LINE_STYLE, provenanceWords } from './provenance'

/**
 * Geometry of the request-routing board. The nodes stand in one row, the US
 * on the left and Mexico on the right (the SRE as Mexico's front door, the
 * ministry behind it). A request travels over the top of the row, an answer
 * back underneath, each as an arc from box to box with its label beyond the
 * arc's crest: no line crosses a box or a label. All sizes are SVG user units,
 * drawn 1:1 in canvas px (the board is as wide as the slide's content).
 */
export interface BoardSize {
  width: number
  height: number
  /** Top of the row of boxes. */
  rowY: number
  box: { width: number, height: number }
  /** How far an arc's crest rises above (or dips below) the row. */
  arc: number
  /** Label size in px. */
  font: number
  /** Whether boxes carry their second line (who heads it). */
  detail: boolean
}

/** The live board: one route, large. */
export const LIVE_BOARD: BoardSize = { width: 860, height: 300, rowY: 102, box: { width: 232, height: 96 }, arc: 54, font: 20, detail: true }

/** One panel of the printed board: both routes are stacked, so each is flatter. */
export const PRINT_BOARD: BoardSize = { width: 860, height: 140, rowY: 50, box: { width: 232, height: 40 }, arc: 22, font: 18, detail: false }

/** Left edge of each node's box as a share of the free width: US left, Mexico right. */
const COLUMN: Readonly<Record<RouteNodeId, number>> = { embassy: 0, sre: 0.5, ministry: 1 }

/** Where a hop's line leaves and enters a box, from the box's inner edge. */
const PORT_INSET = 40

export interface Point { x: number, y: number }

export interface DrawnHop {
  hop: Hop
  /** 1-based position on the route. */
  number: number
  style: LineStyle
  lit: boolean
  /** Quadratic Bézier: start, control point, end. */
  from: Point
  control: Point
  to: Point
  /** The SVG path `d`. */
  d: string
  /** Where the label's baseline centre sits. */
  label: Point
}

export interface NodeBox { id: RouteNodeId, x: number, y: number, width: number, height: number }

/** The box of a node on a board of this size. */
export function nodeBox(id: RouteNodeId, size: BoardSize): NodeBox {
  const x = COLUMN[id] * (size.width - size.box.width)
  return { id, x, y: size.rowY, ...size.box }
}

/**
 * Draws one hop: requests (left to right) arc over the row, answers (right to
 * left) under it. Arcs leave and enter boxes through their top or bottom edge,
 * so they never cross the row of boxes.
 */
export function hopPath(hop: Pick<Hop, 'from' | 'to'>, size: BoardSize): Pick<DrawnHop, 'from' | 'control' | 'to' | 'd' | 'label'> {
  const a = nodeBox(hop.from, size)
  const b = nodeBox(hop.to, size)
  const rightward = b.x > a.x
  const over = rightward
  const y = over ? size.rowY : size.rowY + size.box.height
  const sign = over ? -1 : 1
  const from = { x: rightward ? a.x + a.width - PORT_INSET : a.x + PORT_INSET, y }
  const to = { x: rightward ? b.x + PORT_INSET : b.x + b.width - PORT_INSET, y }
  // A quadratic's crest is halfway to its control point: the control sits at twice the rise.
  const rise = size.arc
  const control = { x: (from.x + to.x) / 2, y: y + sign * 2 * rise }
  const crest = y + sign * rise
  const label = { x: control.x, y: over ? crest - 10 : crest + size.font + 4 }
  const d = `M ${from.x} ${from.y} Q ${control.x} ${control.y} ${to.x} ${to.y}`
  return { from, control, to, d, label }
}

/** The route's hops with their geometry, style and whether they are lit at this step. */
export function drawRoute(route: Route, step: number, size: BoardSize = LIVE_BOARD): DrawnHop[] {
  return route.hops.map((hop, index) => ({
    hop,
    number: index + 1,
    style: LINE_STYLE[hop.provenance.kind],
    lit: index < step,
    ...hopPath(hop, size),
  }))
}

/** Everything a board draws for a route: its boxes, and its hops up to `step` (all when printed). */
export interface Board {
  size: BoardSize
  nodes: (NodeBox & { node: RouteNode })[]
  hops: DrawnHop[]
}

/** Lays a route out on a board of this size; only the hops lit at `step` are drawn. */
export function layoutBoard(route: Route, step: number, size: BoardSize): Board {
  return {
    size,
    nodes: nodesOf(route).map(id => ({ ...nodeBox(id, size), node: routeNodes[id] })),
    hops: drawRoute(route, step, size).filter(hop => hop.lit),
  }
}

/** A point of a quadratic Bézier at t in [0, 1]. */
export function pointAt(hop: Pick<DrawnHop, 'from' | 'control' | 'to'>, t: number): Point {
  const u = 1 - t
  return {
    x: u * u * hop.from.x + 2 * u * t * hop.control.x + t * t * hop.to.x,
    y: u * u * hop.from.y + 2 * u * t * hop.control.y + t * t * hop.to.y,
  }
}

/** Nodes a route passes through, in first-visit order. */
export function nodesOf(route: Route): RouteNodeId[] {
  return [...new Set(route.hops.flatMap(h => [h.from, h.to]))]
}

export const PHASES = [
  { id: 'before', label: 'Before' },
  { id: 'after', label: 'After' },
] as const satisfies readonly { id: Phase, label: string }[]

/** The text a screen reader announces, and the PDF reader gets, for the current path. */
export function describeRoute(route: Route, step: number): string {
  const phase = `${PHASES.find(p => p.id === route.phase)!.label} the instruction.`
  const shown = Math.min(step, route.hops.length)
  const hops = route.hops.slice(0, shown).map((hop, index) =>
    `${index + 1}. ${routeNodes[hop.from].label} to ${routeNodes[hop.to].label}: ${hop.label} (${provenanceWords(hop.provenance)}).`,
  )
  const progress = shown < route.hops.length ? ` Showing ${shown} of ${route.hops.length} hops.` : ''
  return [phase, ...hops].join(' ') + progress
}

/** Index of the next option when an arrow key moves through a group, wrapping. */
export function moveIndex(current: number, delta: number, length: number): number {
  return (current + delta + length) % length
}

export function routeFor(phase: Phase): Route {
  return routes[phase]
}
