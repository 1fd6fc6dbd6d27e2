import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { watchPage } from '../support/browser'
import { parseFlowchart } from '../support/mermaidGraph'
import { ROOT } from '../support/paths'
import { deckSession } from '../support/session'

const url = inject('deckUrl')
const deck = deckSession()

/** Slides that show a diagram: frontmatter `diagram: <snippet name>`, with their 1-based number. */
function diagramSlides(): { no: number, name: string }[] {
  return deck.slides.flatMap((slide, index) => typeof slide.frontmatter.diagram === 'string'
    ? [{ no: index + 1, name: slide.frontmatter.diagram }]
    : [])
}

describe('diagram slides in the built deck', () => {
  it('exist, one per snippet named in frontmatter', () => {
    expect(diagramSlides().map(s => s.name)).toEqual(expect.arrayContaining(['channel-after', 'before-after', 'pause-causes', 'security-agenda']))
  })

  it('each draw their Mermaid diagram: every node, every label, no error', async () => {
    for (const { no, name } of diagramSlides()) {
      const graph = parseFlowchart(readFileSync(join(ROOT, 'snippets', `${name}.mmd`), 'utf8'))
      const page = await deck.context.newPage()
      const problems = await watchPage(page)
      await page.goto(`${url}#/${no}`)
      const slide = page.locator(`.slidev-page-${no}`)
      // Playwright's CSS locators pierce the open shadow root Slidev renders Mermaid into.
      const svg = slide.locator('.mermaid svg').first()
      await svg.waitFor({ timeout: 20_000 }).catch(() => {})
      const where = `slide ${no} (${name})`
      const slideText = (await slide.textContent()) ?? ''
      expect(slideText, `${where}: Mermaid error text`).not.toMatch(/Syntax error|Parse error|UnknownDiagramError/i)
      expect(await svg.count(), `${where}: an SVG in the diagram's shadow root`).toBe(1)
      expect(await svg.locator('g.node').count(), `${where}: nodes drawn`).toBe(graph.nodes.size)
      const drawn = (await svg.textContent())!.replace(/\s+/g, ' ')
      for (const node of graph.nodes.values()) {
        for (const line of node.lines)
          expect(drawn, `${where}: label of ${node.id}`).toContain(line)
      }
      const box = await svg.boundingBox()
      const content = await slide.boundingBox()
      expect(box!.x + box!.width, `${where}: fits the slide's width`).toBeLessThanOrEqual(content!.x + content!.width)
      expect(problems.errors, `${where}: console errors`).toEqual([])
      expect(problems.warnings.filter(w => /mermaid|parse error/i.test(w)), `${where}: Mermaid warnings`).toEqual([])
      await page.close()
    }
  })
})
