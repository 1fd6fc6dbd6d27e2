import type { Hop, Phase, Route, RouteNode, RouteNodeId } from './types'
import { claims } from './claims'

/**
 * How the US Embassy's requests for information travel, before and after
 * Sheinbaum's instruction (E6). Hops stated in the article are drawn solid;
 * outside context dotted; our inference dashed and labeled "inferred"
 * (see lib/router.ts). Used by the RequestRouter component.
 */
export const routeNodes: Readonly<Record<RouteNodeId, RouteNode>> = {
  embassy: { id: 'embassy', label: 'US Embassy', short: 'US Embassy', detail: 'Ken Salazar', box: ['US Embassy', 'Ken Salazar'], side: 'us', provenance: { kind: 'article', paragraphs: [2, 4] } },
  sre: { id: 'sre', label: 'SRE (Foreign Ministry)', short: 'SRE', detail: 'Juan Ramón de la Fuente', box: ['SRE', 'Foreign Ministry', 'Juan Ramón', 'de la Fuente'], side: 'mx', provenance: { kind: 'article', paragraphs: [4] } },
  ministry: { id: 'ministry', label: 'Ministry concerned', short: 'Ministry', detail: 'Sheinbaum’s Cabinet', box: ['Ministry', 'concerned', 'in Sheinbaum’s', 'Cabinet'], side: 'mx', provenance: { kind: 'article', paragraphs: [4] } },
}

/** The instruction itself (¶4): the one hop the article states. */
const SRE_RULE = { kind: 'article', paragraphs: [4] } as const

export const routes: Readonly<Record<Phase, Route>> = {
  before: {
    phase: 'before',
    hops: [
      { from: 'embassy', to: 'ministry', label: 'calls one minister, then another', provenance: claims.X1.provenance },
      { from: 'ministry', to: 'embassy', label: 'answer', provenance: claims.I3.provenance },
    ],
  },
  after: {
    phase: 'after',
    hops: [
      { from: 'embassy', to: 'sre', label: 'information request', provenance: SRE_RULE },
      { from: 'sre', to: 'ministry', label: 'passed on', provenance: claims.I1.provenance },
      { from: 'ministry', to: 'sre', label: 'answer', provenance: claims.I2.provenance },
      { from: 'sre', to: 'embassy', label: 'answer', provenance: claims.I2.provenance },
    ],
  },
}

/** Every hop of both phases, for checks over the whole model. */
export const allHops: readonly Hop[] = Object.values(routes).flatMap(route => route.hops)
