import { defineMermaidSetup } from '@slidev/types'
import { colorVar, DASH_ARRAY, DIAGRAM_COLORS, EDGE_CLASS } from '../lib/diagramStyle'

/**
 * Mermaid, themed once to match the deck.
 *
 * Slidev calls this setup once and caches it, then renders each diagram with
 * `theme: 'dark'` when the deck is dark (client/builtin/Mermaid.vue). So the
 * colours cannot be chosen here per mode: `themeVariables` get the light
 * values (Mermaid computes shades from them), and `themeCSS` repaints every
 * visible colour from the palette's CSS variables, which reach into the
 * diagram's shadow root and switch with `html.dark` (styles/palette.css).
 */
const FONT = '\'Source Sans 3\', ui-sans-serif, system-ui, sans-serif'
const light = DIAGRAM_COLORS.light

/**
 * Mermaid writes a classDef's styles inline on the edge's path and does not
 * put the class name there, so the colour of dotted (context) and dashed
 * (inferred) edges is picked by the dash pattern their classDef sets.
 */
function edgeWithDash(dash: string): string {
  return `.flowchart-link[style*="stroke-dasharray: ${dash}"]`
}

/** A box drawn in a provenance style (lib/flowchart.ts): Mermaid does put the class on the node. */
function boxOf(style: keyof typeof EDGE_CLASS): string {
  return `.node.${EDGE_CLASS[style]} rect`
}

const themeCSS = `
  .node rect, .node polygon, .node circle, .node path {
    fill: ${colorVar('surface')} !important;
    stroke: ${colorVar('muted')} !important;
    stroke-width: 1.5px !important;
  }
  /* Box labels of several lines, set a little tighter than Mermaid's 1.5: the boxes are measured with it. */
  .nodeLabel p { line-height: 1.25; }
  .nodeLabel, .nodeLabel p, .label, .label text, span { color: ${colorVar('ink')} !important; fill: ${colorVar('ink')} !important; }
  .cluster rect { fill: transparent !important; stroke: ${colorVar('rule')} !important; stroke-width: 1.5px !important; }
  .cluster-label, .cluster-label span, .cluster-label p { color: ${colorVar('muted')} !important; font-weight: 700; }
  .edgeLabel, .edgeLabel p, .edgeLabel span, .labelBkg {
    background-color: ${colorVar('paper')} !important;
    color: ${colorVar('ink')} !important;
  }
  /* A hidden edge (lib/flowchart.ts) sets its label's colour inline, on the span: the paragraph inside follows it. */
  .edgeLabel p { color: inherit !important; }
  .edgeLabel rect { fill: ${colorVar('paper')} !important; }
  .flowchart-link { stroke: ${colorVar('ink')} !important; stroke-width: 2px !important; }
  .marker, marker path { fill: ${colorVar('ink')} !important; stroke: ${colorVar('ink')} !important; }
  ${edgeWithDash(DASH_ARRAY.dotted)} { stroke: ${colorVar('context')} !important; stroke-linecap: round; stroke-width: 3px !important; }
  ${edgeWithDash(DASH_ARRAY.dashed)} { stroke: ${colorVar('inferred')} !important; }
  ${boxOf('dotted')} { stroke: ${colorVar('context')} !important; stroke-linecap: round; stroke-width: 3px !important; }
  ${boxOf('dashed')} { stroke: ${colorVar('inferred')} !important; stroke-width: 2px !important; }
  rect.actor { fill: ${colorVar('surface')} !important; stroke: ${colorVar('muted')} !important; stroke-width: 1.5px !important; }
  text.actor, text.actor > tspan { fill: ${colorVar('ink')} !important; font-weight: 700; }
  .actor-line { stroke: ${colorVar('rule')} !important; stroke-width: 1.5px !important; }
  .messageText { fill: ${colorVar('ink')} !important; stroke: none !important; }
  .messageLine0, .messageLine1 { stroke: ${colorVar('ink')} !important; stroke-width: 2px !important; }
  #arrowhead path, .arrowheadPath { fill: ${colorVar('ink')} !important; stroke: ${colorVar('ink')} !important; }
`

export default defineMermaidSetup(() => ({
  theme: 'base',
  fontFamily: FONT,
  // Sequence diagrams take their text size from here, not from themeVariables.
  fontSize: 20,
  themeVariables: {
    fontFamily: FONT,
    fontSize: '20px',
    background: light.paper,
    primaryColor: light.surface,
    primaryBorderColor: light.muted,
    primaryTextColor: light.ink,
    lineColor: light.ink,
    textColor: light.ink,
    clusterBkg: light.paper,
    clusterBorder: light.rule,
    edgeLabelBackground: light.paper,
  },
  themeCSS,
  sequence: {
    mirrorActors: false,
    actorMargin: 200,
    messageMargin: 18,
    width: 220,
    height: 44,
  },
  flowchart: {
    curve: 'basis',
    padding: 10,
    nodeSpacing: 30,
    rankSpacing: 45,
    htmlLabels: true,
    wrappingWidth: 400,
    // Room between a cluster's title ("United States", "Mexico") and the boxes under it.
    subGraphTitleMargin: { top: 4, bottom: 10 },
  },
}))
