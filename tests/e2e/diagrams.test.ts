import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { watchPage } from '../support/browser'
import { drawnLines, parseFlowchart } from '../support/mermaidGraph'
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
    expect(diagramSlides().map(s => s.name)).toEqual(expect.arrayContaining(['pause-causes', 'el-mayo']))
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
      if (graph.direction !== 'sequence')
        expect(await svg.locator('g.node').count(), `${where}: nodes drawn`).toBe(graph.nodes.size)
      // Each text node apart: Mermaid draws the lines of a label as separate elements.
      const drawn = (await svg.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        const texts: string[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          texts.push(n.textContent ?? '')
        return texts.join(' ')
      })).replace(/\s+/g, ' ')
      for (const line of drawnLines(graph))
        expect(drawn, `${where}: label line "${line}"`).toContain(line.replace(/\s+/g, ' '))
      const box = await svg.boundingBox()
      const content = await slide.boundingBox()
      expect(box!.x + box!.width, `${where}: fits the slide's width`).toBeLessThanOrEqual(content!.x + content!.width)
      expect(problems.errors, `${where}: console errors`).toEqual([])
      expect(problems.warnings.filter(w => /mermaid|parse error/i.test(w)), `${where}: Mermaid warnings`).toEqual([])
      await page.close()
    }
  })
})
