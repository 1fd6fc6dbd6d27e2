import { describe, expect, inject, it } from 'vitest'
import { routes } from '../../content/routes'
import { ROUTE_TITLE } from '../../lib/router'
import { diagramNodes } from '../support/accessibility'
import { auditDiagramContrast, auditDiagramGeometry } from '../support/audit'
import { watchPage } from '../support/browser'
import { namedDiagramSources } from '../support/diagramSources'
import { drawnLines, parseFlowchart } from '../support/mermaidGraph'
import { finalClickUrls, openSettled } from '../support/navigate'
import { deckSession, schemeContext } from '../support/session'

const url = inject('deckUrl')
const deck = deckSession()

/** Slides that show diagrams: frontmatter `diagram: <name>` (a snippet, or generated: lib/diagrams.ts), with their 1-based number. */
function diagramSlides(): { no: number, name: string }[] {
  return deck.slides.flatMap((slide, index) => typeof slide.frontmatter.diagram === 'string'
    ? [{ no: index + 1, name: slide.frontmatter.diagram }]
    : [])
}

/** Each text node of the svg apart: Mermaid draws the lines of a label as separate elements. */
function drawnText(svg: Element): string {
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT)
  const texts: string[] = []
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    texts.push(n.textContent ?? '')
  return texts.join(' ')
}

describe('diagram slides in the built deck, at their last click', () => {
  const finals = () => finalClickUrls(inject('clickStates'))

  it('exist: the snippets, the request routes and the timeline', () => {
    expect(diagramSlides().map(s => s.name)).toEqual(expect.arrayContaining(['pause-causes', 'el-mayo', 'channels', 'route', 'timeline']))
  })

  it('each draw their Mermaid diagrams: every node, every label, no error', async () => {
    for (const { no, name } of diagramSlides()) {
      const graphs = namedDiagramSources(name).map(parseFlowchart)
      const page = await deck.context.newPage()
      const problems = await watchPage(page)
      await openSettled(page, finals()[no - 1]!, no, { diagram: true })
      const slide = page.locator(`.slidev-page-${no}`)
      // Playwright's CSS locators pierce the open shadow root Slidev renders Mermaid into.
      const svgs = slide.locator('.mermaid svg:not(svg svg)')
      const where = `slide ${no} (${name})`
      expect(await slide.textContent(), `${where}: Mermaid error text`).not.toMatch(/Syntax error|Parse error|UnknownDiagramError/i)
      expect(await svgs.count(), `${where}: diagrams drawn`).toBe(graphs.length)
      for (const [i, graph] of graphs.entries()) {
        const svg = svgs.nth(i)
        if (graph.direction !== 'sequence')
          expect(await svg.locator('g.node').count(), `${where}: nodes drawn`).toBe(graph.nodes.size)
        const drawn = (await svg.evaluate(drawnText)).replace(/\s+/g, ' ')
        for (const line of drawnLines(graph))
          expect(drawn, `${where}: label line "${line}"`).toContain(line.replace(/\s+/g, ' '))
        const box = (await svg.boundingBox())!
        const content = (await slide.boundingBox())!
        expect(box.x + box.width, `${where}: fits the slide's width`).toBeLessThanOrEqual(content.x + content.width)
      }
      expect(problems.errors, `${where}: console errors`).toEqual([])
      expect(problems.warnings.filter(w => /mermaid|parse error/i.test(w)), `${where}: Mermaid warnings`).toEqual([])
      await page.close()
    }
  })

  it('draw no line through a label or a box, and no label over another', async () => {
    const page = await deck.context.newPage()
    const problems: string[] = []
    let checked = 0
    for (const { no, name } of diagramSlides()) {
      await openSettled(page, finals()[no - 1]!, no, { diagram: true })
      for (const diagram of await page.evaluate(auditDiagramGeometry, no)) {
        expect(diagram.checked.lines * diagram.checked.boxes, `slide ${no} (${name}): lines and boxes measured`).toBeGreaterThan(0)
        checked++
        problems.push(...[...diagram.crossings, ...diagram.overlaps].map(p => `slide ${no} (${name}, "${diagram.name}"): ${p}`))
      }
    }
    await page.close()
    expect(checked, 'diagrams measured').toBe(diagramSlides().length)
    expect(problems).toEqual([])
  })

  it('are each an image to assistive technology, named by its accTitle and described by its accDescr', async () => {
    const page = await deck.context.newPage()
    for (const { no, name } of diagramSlides()) {
      await openSettled(page, finals()[no - 1]!, no, { diagram: true })
      const expected = namedDiagramSources(name).map(parseFlowchart).map(graph => ({ role: 'image', name: graph.accTitle, description: graph.accDescr, children: 0 }))
      expect(await diagramNodes(page, no), `slide ${no} (${name}) in Chromium's accessibility tree`).toEqual(expected)
    }
    await page.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`keep their labels at 4.5:1 and their lines at 3:1 against what is behind them, ${scheme} mode`, async () => {
      const context = await schemeContext(deck.browser, scheme)
      const page = await context.newPage()
      const problems: string[] = []
      for (const { no, name } of diagramSlides()) {
        await openSettled(page, finals()[no - 1]!, no, { diagram: true })
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), `${scheme} mode is on`).toBe(scheme === 'dark')
        problems.push(...(await page.evaluate(auditDiagramContrast, no)).map(f => `slide ${no} (${name}, "${f.diagram}"): ${f.what} at ${f.ratio}:1 (floor ${f.floor}:1)`))
      }
      await context.close()
      expect(problems).toEqual([])
    })
  }

  it('draw the request route in the presenter view\'s next-slide preview too', async () => {
    const no = diagramSlides().find(s => s.name === 'route')!.no
    const page = await deck.context.newPage()
    const problems = await watchPage(page)
    // On the click before the last, the preview shows the slide at its last click: every hop lit.
    await page.goto(`${url}#/presenter/${no}?clicks=${routes.after.hops.length - 1}`)
    const routes_ = page.locator(`.slidev-page-${no} .mermaid svg[aria-label="${ROUTE_TITLE.after}"]`)
    await expect.poll(() => routes_.count(), { timeout: 10_000, message: 'the slide and its preview each draw the route' }).toBe(2)
    const painted = await routes_.evaluateAll(svgs => svgs.map(svg => [...svg.querySelectorAll('path.flowchart-link')].filter(p => getComputedStyle(p).opacity !== '0').length))
    expect(painted.sort(), 'hops painted: the current click, and the next in the preview').toEqual([routes.after.hops.length - 1, routes.after.hops.length])
    expect(problems.errors).toEqual([])
    await page.close()
  })
})
