import type { Hop, RequestId, RequestKind, Route, RouteNode, RouteNodeId } from './types'
import { claims } from './claims'

/**
 * How requests travel between the two governments, before and after
 * Sheinbaum's instruction (E6). Hops stated in the article are drawn solid;
 * outside context dotted; our inference dashed and labeled "inferred"
 * (see lib/routes.ts). Used by the RequestRouter component and checked
 * against the routing diagrams in snippets/.
 */
export const routeNodes: Readonly<Record<RouteNodeId, RouteNode>> = {
  'embassy': { id: 'embassy', label: 'US Embassy', short: 'US Embassy', detail: 'Ambassador Ken Salazar', side: 'us', provenance: { kind: 'article', paragraphs: [2, 4] } },
  'washington': { id: 'washington', label: 'Washington', short: 'Washington', detail: 'the Biden administration', side: 'us', provenance: { kind: 'article', paragraphs: [4, 5] } },
  'sre': { id: 'sre', label: 'SRE (Foreign Ministry)', short: 'SRE', detail: 'Juan Ramón de la Fuente', side: 'mx', provenance: { kind: 'article', paragraphs: [4] } },
  'ministry': { id: 'ministry', label: 'Ministry concerned', short: 'Ministry', detail: 'a member of Sheinbaum’s Cabinet', side: 'mx', provenance: { kind: 'article', paragraphs: [4] } },
  'government-of-mexico': { id: 'government-of-mexico', label: 'Government of Mexico', short: 'Mexico', detail: 'President Sheinbaum', side: 'mx', provenance: { kind: 'article', paragraphs: [4, 6] } },
  'attorney-general': { id: 'attorney-general', label: 'Attorney General’s Office', short: 'Attorney General’s Office', detail: 'country not stated', side: 'other', provenance: { kind: 'article', paragraphs: [5] } },
}

export const requestKinds: Readonly<Record<RequestId, RequestKind>> = {
  'security': { id: 'security', label: 'Security', why: 'Security comes first in the agenda Salazar describes.', provenance: { kind: 'article', paragraphs: [3, 5] } },
  'migration': { id: 'migration', label: 'Migration', why: 'Migration is one of the areas where he says cooperation held.', provenance: { kind: 'article', paragraphs: [2, 5] } },
  'energy': { id: 'energy', label: 'Energy', why: 'Energy is on the Cabinet agenda he lists.', provenance: { kind: 'article', paragraphs: [3] } },
  'el-mayo': { id: 'el-mayo', label: 'El Mayo’s arrest', why: 'Mexico’s standing demand to Washington.', provenance: { kind: 'article', paragraphs: [4, 5] } },
}

const SRE_RULE = { kind: 'article', paragraphs: [4] } as const

/** An information request from the Embassy, before and after the instruction. */
function embassyRoutes(request: RequestId, topic: string): Route[] {
  const after: Hop[] = [
    { from: 'embassy', to: 'sre', label: `${topic} request for information`, provenance: SRE_RULE },
    { from: 'sre', to: 'ministry', label: 'passed on to the ministry concerned', provenance: claims.I1.provenance },
    { from: 'ministry', to: 'sre', label: 'answer', provenance: claims.I2.provenance },
    { from: 'sre', to: 'embassy', label: 'answer', provenance: claims.I2.provenance },
  ]
  const before: Hop[] = [
    { from: 'embassy', to: 'ministry', label: `${topic} request, straight to a secretary`, provenance: claims.X1.provenance },
    { from: 'ministry', to: 'embassy', label: 'answer', provenance: claims.I3.provenance },
  ]
  return [
    { request, phase: 'before', hops: before, summary: `Before the instruction: the Embassy calls the ministry concerned directly (outside context: Sheinbaum’s 11 Oct remark), and the answer comes back the same way (inferred).` },
    { request, phase: 'after', hops: after, summary: `After the instruction: the Embassy’s ${topic.toLowerCase()} request goes to the SRE (stated, ¶4); the SRE passes it to the ministry concerned and the answer returns through the SRE (both inferred).` },
  ]
}

export const routes: readonly Route[] = [
  ...embassyRoutes('security', 'Security'),
  ...embassyRoutes('migration', 'Migration'),
  ...embassyRoutes('energy', 'Energy'),
  {
    request: 'el-mayo',
    phase: 'before',
    hops: [
      { from: 'government-of-mexico', to: 'washington', label: 'López Obrador: hold the US accountable', provenance: { kind: 'article', paragraphs: [4] } },
    ],
    summary: 'Before: López Obrador demands that the US be held accountable for the arrest (stated, ¶4). This request runs from Mexico to Washington, so the SRE rule does not apply to it.',
  },
  {
    request: 'el-mayo',
    phase: 'after',
    hops: [
      { from: 'government-of-mexico', to: 'washington', label: 'Sheinbaum: clarify the arrest and transfer', provenance: { kind: 'article', paragraphs: [4] } },
      { from: 'washington', to: 'attorney-general', label: 'Salazar: working on it with the Attorney General’s Office', provenance: { kind: 'article', paragraphs: [5] } },
      { from: 'washington', to: 'government-of-mexico', label: 'Salazar: information shared from the first moment', provenance: { kind: 'article', paragraphs: [5] } },
    ],
    summary: 'After: Sheinbaum demands that Washington clarify the arrest and transfer (stated, ¶4); Salazar says the US is working on it with an Attorney General’s Office of unstated country, and has shared information from the first moment (stated, ¶5). The SRE rule covers requests from the Embassy, not this one.',
  },
]
