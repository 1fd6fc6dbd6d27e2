import type { BoardSize, DrawnHop, NodeBox } from '../../lib/router'
import { describe, expect, it } from 'vitest'
import RequestRouter from '../../components/RequestRouter.vue'
import { allHops, routeNodes, routes } from '../../content/routes'
import { describeRoute, drawRoute, layoutBoard, LIVE_BOARD, moveIndex, nodeBox, pointAt, PRINT_BOARD, routeFor } from '../../lib/router'
import { mountDeck } from '../support/mount'

const SIZES: Record<string, BoardSize> = { live: LIVE_BOARD, print: PRINT_BOARD }

/** Rough width of a label in px (Source Sans 3 averages well under 0.55 em a character). */
const labelWidth = (text: string, font: number) => text.length * font * 0.55

function labelBox(hop: DrawnHop, size: BoardSize) {
  const width = labelWidth(`${hop.hop.label} · inferred`, size.font)
  return { left: hop.label.x - width / 2, right: hop.label.x + width / 2, top: hop.label.y - size.font, bottom: hop.label.y + 5 }
}

function inside(point: { x: number, y: number }, box: NodeBox): boolean {
  return point.x > box.x + 1 && point.x < box.x + box.width - 1 && point.y > box.y + 1 && point.y < box.y + box.height - 1
}

describe('the routes model', () => {
  it('sends the Embassy\'s requests only to the SRE after the instruction', () => {
    const after = routes.after.hops
    expect(after.filter(h => h.from === 'embassy').map(h => h.to)).toEqual(['sre'])
    expect(after.findIndex(h => h.to === 'ministry')).toBeGreaterThan(after.findIndex(h => h.to === 'sre'))
  })

  it('states in the article the one hop FACTS calls stated, Embassy to SRE, and infers the rest', () => {
    const [first, ...rest] = routes.after.hops
    expect([first!.from, first!.to]).toEqual(['embassy', 'sre'])
    expect(first!.provenance).toEqual({ kind: 'article', paragraphs: [4] })
    for (const hop of rest)
      expect(hop.provenance.kind, `${hop.from} → ${hop.to} must be inferred`).toBe('inference')
  })

  it('marks the earlier direct calls as outside context', () => {
    expect(routes.before.hops[0]!.provenance).toEqual({ kind: 'context', sources: ['expansion', 'proceso'] })
  })

  it('draws a hop solid only when the article states it', () => {
    for (const route of Object.values(routes)) {
      for (const drawn of drawRoute(route, Infinity))
        expect(drawn.style === 'solid', `${route.phase} hop ${drawn.number}`).toBe(drawn.hop.provenance.kind === 'article')
    }
  })
})

describe('board geometry', () => {
  for (const [name, size] of Object.entries(SIZES)) {
    describe(`the ${name} board`, () => {
      it('keeps every box on the board, the US left of Mexico', () => {
        for (const id of Object.keys(routeNodes) as (keyof typeof routeNodes)[]) {
          const box = nodeBox(id, size)
          expect(box.x >= 0 && box.x + box.width <= size.width && box.y >= 0 && box.y + box.height <= size.height, id).toBe(true)
        }
        for (const us of Object.values(routeNodes).filter(n => n.side === 'us')) {
          for (const mx of Object.values(routeNodes).filter(n => n.side === 'mx'))
            expect(nodeBox(us.id, size).x, `${us.id} left of ${mx.id}`).toBeLessThan(nodeBox(mx.id, size).x)
        }
      })

      it('draws no line through a box, nor a label over a box or another label', () => {
        for (const route of Object.values(routes)) {
          const board = layoutBoard(route, Infinity, size)
          const labels = board.hops.map(hop => ({ hop, box: labelBox(hop, size) }))
          for (const hop of board.hops) {
            const where = `${route.phase}: ${hop.hop.from} → ${hop.hop.to}`
            for (let t = 0.02; t < 0.99; t += 0.02) {
              const point = pointAt(hop, t)
              for (const box of board.nodes)
                expect(inside(point, box), `${where} crosses ${box.id} at t=${t.toFixed(2)}`).toBe(false)
            }
          }
          for (const [i, { hop, box }] of labels.entries()) {
            const where = `${route.phase}: label "${hop.hop.label}"`
            expect(box.top >= 0 && box.bottom <= size.height, `${where} leaves the board`).toBe(true)
            for (const node of board.nodes)
              expect(box.bottom > node.y && box.top < node.y + node.height && box.right > node.x && box.left < node.x + node.width, `${where} overlaps ${node.id}`).toBe(false)
            for (const other of labels.slice(i + 1))
              expect(box.bottom > other.box.top && box.top < other.box.bottom && box.right > other.box.left && box.left < other.box.right, `${where} overlaps "${other.hop.hop.label}"`).toBe(false)
          }
        }
      })

      it(`sets labels at ${size.font} px or more, as large as body text`, () => {
        expect(size.font).toBeGreaterThanOrEqual(18)
      })
    })
  }

  it('sends a request over the boxes and brings the answer back under them', () => {
    const [request, , , answer] = drawRoute(routes.after, Infinity)
    expect(request!.control.y).toBeLessThan(LIVE_BOARD.rowY)
    expect(answer!.control.y).toBeGreaterThan(LIVE_BOARD.rowY + LIVE_BOARD.box.height)
  })

  it('wraps arrow-key movement at both ends', () => {
    expect(moveIndex(1, 1, 2)).toBe(0)
    expect(moveIndex(0, -1, 2)).toBe(1)
  })
})

describe('describeRoute', () => {
  it('says the path hop by hop, with where each hop comes from', () => {
    const text = describeRoute(routeFor('after'), Infinity)
    expect(text).toMatch(/^After the instruction\. 1\. US Embassy to SRE \(Foreign Ministry\): information request \(stated in the article, ¶4\)\./)
    expect(text).toContain('4. SRE (Foreign Ministry) to US Embassy: answer (our inference).')
  })

  it('says how many hops are shown while stepping', () => {
    expect(describeRoute(routeFor('after'), 1)).toMatch(/Showing 1 of 4 hops\.$/)
  })
})

describe('requestRouter', () => {
  it('shows the route after the instruction by default, every hop drawn', () => {
    const router = mountDeck(RequestRouter)
    expect(router.get('[data-group="phase"] [data-choice="after"]').attributes('aria-checked')).toBe('true')
    expect(router.findAll('g.router-hop')).toHaveLength(4)
    expect(router.get('[aria-live]').text()).toBe(describeRoute(routeFor('after'), Infinity))
  })

  it('draws only the hops the step has reached: nothing waits dimmed for its click', () => {
    const router = mountDeck(RequestRouter, { step: 2 })
    expect(router.findAll('g.router-hop').map(g => g.attributes('data-hop'))).toEqual(['1', '2'])
    expect(mountDeck(RequestRouter, { step: 0 }).findAll('g.router-hop')).toHaveLength(0)
  })

  it('draws inferred hops dashed and says so in their label', () => {
    const router = mountDeck(RequestRouter)
    expect(router.get('g.router-hop[data-hop="1"]').classes()).toContain('hop-solid')
    expect(router.get('g.router-hop[data-hop="1"] text').text()).toBe('information request')
    expect(router.get('g.router-hop[data-hop="2"]').classes()).toContain('hop-dashed')
    expect(router.get('g.router-hop[data-hop="2"] text').text()).toBe('passed on · inferred')
  })

  it('toggles before and after with the keyboard or a click, and announces the path', async () => {
    const router = mountDeck(RequestRouter)
    const group = router.get('[data-group="phase"]')
    await group.trigger('keydown', { key: 'ArrowLeft' })
    expect(router.get('[data-choice="before"]').attributes('aria-checked')).toBe('true')
    expect(router.get('[data-choice="before"]').attributes('tabindex')).toBe('0')
    expect(router.get('[data-choice="after"]').attributes('tabindex')).toBe('-1')
    expect(router.get('[aria-live]').text()).toMatch(/^Before the instruction\./)
    expect(router.get('g.router-hop[data-hop="1"]').classes()).toContain('hop-dotted')
    expect(router.findAll('[data-node]').map(n => n.attributes('data-node')), 'the SRE is not on the earlier path').toEqual(['embassy', 'ministry'])
    await router.get('[data-choice="after"]').trigger('click')
    expect(router.get('[aria-live]').text()).toMatch(/^After the instruction\./)
  })

  it('ignores other keys, leaving them to the deck', async () => {
    const router = mountDeck(RequestRouter)
    await router.get('[data-group="phase"]').trigger('keydown', { key: 'Enter' })
    expect(router.get('[data-choice="after"]').attributes('aria-checked')).toBe('true')
  })

  it('prints its static state by itself when the deck is printed (?print in the address)', () => {
    window.history.replaceState({}, '', '/?print=true#/9')
    try {
      expect(mountDeck(RequestRouter).attributes('data-router')).toBe('print')
    }
    finally {
      window.history.replaceState({}, '', '/')
    }
    expect(mountDeck(RequestRouter).attributes('data-router')).toBe('live')
  })

  it('prints both routes with no control to click, the new one built up to the step', () => {
    expect(mountDeck(RequestRouter, { print: true, step: 1 }).findAll('[data-phase="after"] g.router-hop')).toHaveLength(1)
    const router = mountDeck(RequestRouter, { print: true })
    expect(router.attributes('data-router')).toBe('print')
    expect(router.findAll('button, [role="radio"], [role="radiogroup"]')).toHaveLength(0)
    const panels = router.findAll('[data-phase]')
    expect(panels.map(p => p.attributes('data-phase'))).toEqual(['before', 'after'])
    expect(panels.map(p => p.findAll('g.router-hop').length)).toEqual([routes.before.hops.length, routes.after.hops.length])
    expect(router.text()).toContain('announced Fri 11 Oct')
    expect(new Set(router.findAll('marker').map(m => m.attributes('id'))).size, 'one arrowhead id per board').toBe(2)
    expect(allHops.length).toBe(6)
  })
})
