import type { SlideInfo } from '@slidev/types'
import { namedDiagramSources } from './diagramSources'
import { drawnLines, parseFlowchart } from './mermaidGraph'
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
    const lines = namedDiagramSources(name, 'print').flatMap(code => drawnLines(parseFlowchart(code)))
    const lost = lines.map(line => line.replace(SPACES, ' ')).filter(line => !text.includes(line))
    if (lost.length)
      missing[`slide ${page} (${name})`] = lost
  })
  return missing
}
