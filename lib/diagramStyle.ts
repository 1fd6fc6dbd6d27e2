import type { LineStyle } from './provenance'

/**
 * How the three provenance line styles are drawn: in Mermaid diagrams
 * (classDefs in snippets/*.mmd, colours in setup/mermaid.ts) and in the
 * legend component. Solid, dotted and dashed must read apart in black and
 * white, so each differs in pattern, not only in colour.
 */
export const DASH_ARRAY = {
  solid: 'none',
  dotted: '1 6',
  dashed: '9 6',
} as const satisfies Record<LineStyle, string>

/** The Mermaid class a snippet puts on a dotted or dashed edge (`class e3 inferred`). */
export const EDGE_CLASS = {
  dotted: 'context',
  dashed: 'inferred',
} as const satisfies Record<Exclude<LineStyle, 'solid'>, string>

/** The word a dotted or dashed edge's label carries, so the style is also said in words. */
export const EDGE_WORD = {
  dotted: 'context',
  dashed: 'inferred',
} as const satisfies Record<Exclude<LineStyle, 'solid'>, string>

/** Diagram colours, as CSS variables of styles/palette.css (light and dark switch there). */
export const DIAGRAM_VARS = {
  paper: '--bq-paper',
  surface: '--bq-surface',
  ink: '--bq-ink',
  muted: '--bq-muted',
  rule: '--bq-rule',
  context: '--bq-context',
  inferred: '--bq-inferred',
} as const

export type DiagramColor = keyof typeof DIAGRAM_VARS

/**
 * Concrete values of the same colours, light and dark, for the places that
 * cannot read a CSS variable (Mermaid's themeVariables are computed with a
 * colour library). Kept equal to styles/palette.css by a unit test.
 */
export const DIAGRAM_COLORS = {
  light: {
    paper: '#fbfaf6',
    surface: '#f0eee7',
    ink: '#1b1f24',
    muted: '#4a525c',
    rule: '#c9c5b9',
    context: '#2f5573',
    inferred: '#7a4e00',
  },
  dark: {
    paper: '#16191d',
    surface: '#22262c',
    ink: '#eceae4',
    muted: '#b4bac2',
    rule: '#4a5059',
    context: '#a9c7e0',
    inferred: '#e6bf6e',
  },
} as const satisfies Record<'light' | 'dark', Record<DiagramColor, string>>

/** `var(--bq-ink, #1b1f24)`: the palette variable, with the light value as fallback. */
export function colorVar(color: DiagramColor): string {
  return `var(${DIAGRAM_VARS[color]}, ${DIAGRAM_COLORS.light[color]})`
}
