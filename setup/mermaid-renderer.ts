import type { MermaidConfig } from 'mermaid'
import { defineMermaidRendererSetup } from '@slidev/types'
import mermaid from 'mermaid/dist/mermaid.esm.mjs'
import { asFigure } from '../lib/diagramA11y'
import { isPrinting } from '../lib/print'
import setupMermaid from './mermaid'

/**
 * How every diagram of the deck is drawn: Mermaid, themed by setup/mermaid.ts,
 * as Slidev's own fallback renderer does (same Mermaid module, same rendering
 * container), with two differences:
 * - it waits for the diagram font, so labels are measured in the deck's font
 *   and not in a fallback that the font then replaces (the boxes would no
 *   longer fit their text);
 * - the SVG becomes a figure to assistive technology (lib/diagramA11y.ts).
 * Slidev caches what this returns, per source and options.
 */
let drawn = 0

export default defineMermaidRendererSetup(() => async (code, options) => {
  const config: MermaidConfig = { ...await setupMermaid(), startOnLoad: false }
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined)
      (config as Record<string, unknown>)[key] = value
  }
  mermaid.initialize(config)
  await Promise.all(['400', '700'].map(weight => document.fonts.load(`${weight} 1em ${config.fontFamily}`)))
  const container = document.getElementById('mermaid-rendering-container') ?? undefined
  const { svg } = await mermaid.render(`deck-diagram-${++drawn}`, code, container)
  // On paper (the PDF exports), the figure's alternate text is its title and its description.
  return asFigure(svg, { withDescription: isPrinting() })
})
