import type { SlideInfo } from '@slidev/types'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { drawnLines, parseFlowchart } from './mermaidGraph'
import { ROOT } from './paths'

const SPACES = /\s+/g

/**
 * For a PDF exported without clicks (one page per slide), the diagram labels
 * (nodes and edges, line by line) missing from each diagram slide's page text (pdftotext), keyed
 * "slide N (name)". Empty when every diagram is drawn as text-bearing SVG.
 * For the PDF tests: `expect(missingDiagramLabels(pdf, await loadDeck())).toEqual({})`.
 */
export function missingDiagramLabels(pdfPath: string, slides: readonly SlideInfo[]): Record<string, string[]> {
  const missing: Record<string, string[]> = {}
  slides.forEach((slide, index) => {
    const name = slide.frontmatter.diagram
    if (typeof name !== 'string')
      return
    const page = String(index + 1)
    const text = execFileSync('pdftotext', ['-f', page, '-l', page, pdfPath, '-'], { encoding: 'utf8' }).replace(SPACES, ' ')
    const graph = parseFlowchart(readFileSync(join(ROOT, 'snippets', `${name}.mmd`), 'utf8'))
    const lost = drawnLines(graph).map(line => line.replace(SPACES, ' ')).filter(line => !text.includes(line))
    if (lost.length)
      missing[`slide ${page} (${name})`] = lost
  })
  return missing
}
