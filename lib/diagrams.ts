import { routes } from '../content/routes'
import { printedRoutes, ROUTE_SIZES, routeDiagram } from './router'
import { timelineDiagram } from './timeline'

/** What a generated diagram draws at its slide's last click: live, and on paper (print and the PDF). */
export interface DrawnDiagram {
  live: () => string[]
  print: () => string[]
}

/**
 * The diagrams the deck generates from its content layer, by the name a
 * slide's `diagram:` frontmatter gives (a name that is not here is a file in
 * snippets/), each as the slide draws it at its last click.
 */
export const generatedDiagrams = {
  route: { live: () => [routeDiagram(routes.after)], print: () => printedRoutes().map(panel => panel.code) },
  timeline: { live: () => [timelineDiagram()], print: () => [timelineDiagram()] },
} as const satisfies Record<string, DrawnDiagram>

export type GeneratedDiagramName = keyof typeof generatedDiagrams

/** Every source the deck can generate, named for what it is: each route at each step, in each size, and the timeline. */
export function everyGeneratedSource(): { name: string, code: string }[] {
  const sources = [{ name: 'timeline', code: timelineDiagram() }]
  for (const route of Object.values(routes)) {
    for (const size of ROUTE_SIZES) {
      for (let lit = 0; lit <= route.hops.length; lit++)
        sources.push({ name: `route ${route.phase}, ${size}, ${lit} of ${route.hops.length} lit`, code: routeDiagram(route, lit, size) })
    }
  }
  return sources
}
