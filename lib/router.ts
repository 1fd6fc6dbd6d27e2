import type { Phase, Route, RouteNodeId, Side } from '../content/types'
import type { Flowchart, FlowCluster } from './flowchart'
import { routeNodes, routes } from '../content/routes'
import { flowchart } from './flowchart'
import { LINE_STYLE, provenanceWords } from './provenance'

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

/** What each route's diagram is titled, on screen, on paper and for assistive technology. */
export const ROUTE_TITLE: Readonly<Record<Phase, string>> = {
  before: 'Before Sheinbaum’s order: straight to a minister',
  after: 'After it: through the SRE, Juan Ramón de la Fuente’s Foreign Ministry',
}

/** The clusters of every diagram, in order: the US on the left, Mexico on the right. */
const SIDES: readonly { side: Exclude<Side, 'other'>, title: string }[] = [
  { side: 'us', title: 'United States' },
  { side: 'mx', title: 'Mexico' },
]

/** The longest line of a hop's label, in characters: labels wrap so the diagram fits the slide at full size. */
const LABEL_LINE = 12

/** Breaks a label into lines of at most `max` characters, at spaces (a longer word keeps its own line). */
export function wrap(label: string, max: number = LABEL_LINE): string[] {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines
}

/** How a route is drawn: full size on the live slide, compact where both routes share a page. */
export const ROUTE_SIZES = ['full', 'compact'] as const
export type RouteSize = typeof ROUTE_SIZES[number]

/**
 * Room between a request and its answer, and between the boxes, in px
 * (Mermaid's defaults are tighter); the compact drawing's boxes and labels
 * are one line each and it has no clusters, so two routes fit one slide
 * above each other.
 */
const ROUTE_LAYOUT: Readonly<Record<RouteSize, NonNullable<Flowchart['layout']>>> = {
  full: { nodeSpacing: 70, rankSpacing: 40, padding: 14 },
  compact: { nodeSpacing: 10, rankSpacing: 30, padding: 8 },
}

/**
 * The Mermaid source of a route, with its first `lit` hops drawn and the rest
 * laid out but hidden, so the drawing keeps its size and place as the clicks
 * light the hops one by one. Its accessible description says the lit hops.
 */
export function routeDiagram(route: Route, lit: number = Number.POSITIVE_INFINITY, size: RouteSize = 'full'): string {
  const shown = nodesOf(route)
  const clusters: FlowCluster[] = SIDES.map(({ side, title }) => ({
    id: side,
    title,
    nodes: shown.filter(id => routeNodes[id].side === side).map((id) => {
      const node = routeNodes[id]
      return { id, lines: size === 'full' ? node.box : [node.short] }
    }),
  }))
  const drawn = clusters.filter(cluster => cluster.nodes.length)
  return flowchart({
    direction: 'LR',
    accTitle: ROUTE_TITLE[route.phase],
    accDescr: describeRoute(route, lit),
    // Compact, the boxes alone keep the order (the US first, on the left): no cluster titles, so two routes fit a page.
    ...size === 'full' ? { clusters: drawn } : { nodes: drawn.flatMap(cluster => cluster.nodes) },
    edges: route.hops.map((hop, index) => ({
      id: `hop${index + 1}`,
      from: hop.from,
      to: hop.to,
      label: size === 'full' ? wrap(hop.label) : [hop.label],
      style: LINE_STYLE[hop.provenance.kind],
      hidden: index >= lit,
    })),
    provenanceWord: size === 'full' ? 'line' : 'inline',
    layout: ROUTE_LAYOUT[size],
  })
}

/** One panel of the explorer's print state: a route, its title, and its source. */
export interface PrintedRoute {
  phase: Phase
  title: string
  code: string
}

/**
 * The explorer on paper: both routes, compact, one above the other; the
 * earlier route whole, the new one lit up to `step`, so the per-click PDF
 * builds it as the clicks do live.
 */
export function printedRoutes(step: number = Number.POSITIVE_INFINITY): PrintedRoute[] {
  return PHASES.map(({ id }) => ({
    phase: id,
    title: ROUTE_TITLE[id],
    code: routeDiagram(routeFor(id), id === 'after' ? step : Number.POSITIVE_INFINITY, 'compact'),
  }))
}
