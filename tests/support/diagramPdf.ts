import type { SlideInfo } from '@slidev/types'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { drawnLines, parseFlowchart } from './mermaidGraph'
import { ROOT } from './paths'
import { pageTexts } from './pdf'

const SPACES = /\s+/g

/**
 * For a PDF exported without clicks (one page per slide), the diagram labels
 * (nodes and edges, line by line) missing from each diagram slide's page text (PDF.js), keyed
 * "slide N (name)". Empty when every diagram is drawn as text-bearing SVG.
 * For the PDF tests: `expect(await missingDiagramLabels(pdf, await loadDeck())).toEqual({})`.
 */
export async function missingDiagramLabels(pdfPath: string, slides: readonly SlideInfo[]): Promise<Record<string, string[]>> {
  const texts = await pageTexts(pdfPath)
  const missing: Record<string, string[]> = {}
  slides.forEach((slide, index) => {
    const name = slide.frontmatter.diagram
    if (typeof name !== 'string')
      return
    const page = String(index + 1)
    const text = (texts[index] ?? '').replace(SPACES, ' ')
    const graph = parseFlowchart(readFileSync(join(ROOT, 'snippets', `${name}.mmd`), 'utf8'))
    const lost = drawnLines(graph).map(line => line.replace(SPACES, ' ')).filter(line => !text.includes(line))
    if (lost.length)
      missing[`slide ${page} (${name})`] = lost
  })
  return missing
}
