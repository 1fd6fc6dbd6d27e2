import type { Hop, Phase, RequestId, Route, RouteNodeId } from '../content/types'
import type { LineStyle } from './provenance'
import { requestKinds, routeNodes, routes } from '../content/routes'
import { LINE_STYLE, provenanceWords } from './provenance'

/** Board size in canvas px; the SVG's viewBox, so its text sizes are canvas px too. */
export const BOARD = { width: 860, height: 190 } as const
export const NODE = { width: 210, height: 64 } as const

/** Gap between a hop and its return hop on the same pair of nodes. */
const RETURN_OFFSET = 9

/**
 * Where each node sits: United States on the left, Mexico on the right (the
 * SRE as Mexico's front door, ministries behind it), the Attorney General's
 * Office of unstated country between the two, below.
 */
export const NODE_POSITION: Readonly<Record<RouteNodeId, { x: number, y: number }>> = {
  'embassy': { x: 0, y: 0 },
  'washington': { x: 0, y: 120 },
  'sre': { x: 325, y: 0 },
  'government-of-mexico': { x: 650, y: 120 },
  'ministry': { x: 650, y: 0 },
  'attorney-general': { x: 325, y: 120 },
}

export const PHASES = [
  { id: 'before', label: 'Before' },
  { id: 'after', label: 'After' },
] as const satisfies readonly { id: Phase, label: string }[]

export const REQUESTS = Object.values(requestKinds)

export interface DrawnHop {
  hop: Hop
  /** 1-based position on the route. */
  number: number
  style: LineStyle
  lit: boolean
  x1: number
  y1: number
  x2: number
  y2: number
}

function center(id: RouteNodeId) {
  const { x, y } = NODE_POSITION[id]
  return { x: x + NODE.width / 2, y: y + NODE.height / 2 }
}

/**
 * The segment a hop is drawn on: from the edge of one node box to the edge of
 * the other. A hop going right-to-left or upward is shifted down, so a
 * request and its answer never overlap.
 */
export function hopSegment(hop: Pick<Hop, 'from' | 'to'>) {
  const a = center(hop.from)
  const b = center(hop.to)
  const backwards = b.x < a.x || (b.x === a.x && b.y < a.y)
  const shift = backwards ? RETURN_OFFSET : -RETURN_OFFSET
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy)
  const ux = dx / length
  const uy = dy / length
  // Distance from a box centre to its edge along the direction (u).
  const inset = Math.min(
    ux === 0 ? Infinity : (NODE.width / 2) / Math.abs(ux),
    uy === 0 ? Infinity : (NODE.height / 2) / Math.abs(uy),
  ) + 4
  // Perpendicular shift, in the frame of the forward direction, keeps a request and its answer apart.
  const cx = backwards ? -ux : ux
  const cy = backwards ? -uy : uy
  const px = -cy * shift
  const py = cx * shift
  return {
    x1: a.x + ux * inset + px,
    y1: a.y + uy * inset + py,
    x2: b.x - ux * inset + px,
    y2: b.y - uy * inset + py,
  }
}

/** The route's hops with their geometry, style and whether they are lit at this step. */
export function drawRoute(route: Route, step: number): DrawnHop[] {
  return route.hops.map((hop, index) => ({
    hop,
    number: index + 1,
    style: LINE_STYLE[hop.provenance.kind],
    lit: index < step,
    ...hopSegment(hop),
  }))
}

/** Nodes a route passes through, in first-visit order. */
export function nodesOf(route: Route): RouteNodeId[] {
  return [...new Set(route.hops.flatMap(h => [h.from, h.to]))]
}

/** The text a screen reader announces, and the PDF reader gets, for the current path. */
export function describeRoute(route: Route, step: number): string {
  const kind = requestKinds[route.request]
  const phase = `${PHASES.find(p => p.id === route.phase)!.label.toLowerCase()} the instruction`
  const shown = Math.min(step, route.hops.length)
  const hops = route.hops.slice(0, shown).map((hop, index) =>
    `${index + 1}. ${routeNodes[hop.from].label} to ${routeNodes[hop.to].label}: ${hop.label} (${provenanceWords(hop.provenance)}).`,
  )
  const progress = shown < route.hops.length ? ` Showing ${shown} of ${route.hops.length} hops.` : ''
  return [`${kind.label}, ${phase}.`, ...hops].join(' ') + progress
}

/** Index of the next option when an arrow key moves through a group, wrapping. */
export function moveIndex(current: number, delta: number, length: number): number {
  return (current + delta + length) % length
}

export function routeFor(request: RequestId, phase: Phase): Route {
  const route = routes.find(r => r.request === request && r.phase === phase)
  if (!route)
    throw new Error(`No route for request "${request}" in phase "${phase}"`)
  return route
}
