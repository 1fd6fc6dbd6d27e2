import type { Phase, RequestId } from '../../content/types'
import { describe, expect, it } from 'vitest'
import RequestRouter from '../../components/RequestRouter.vue'
import { requestKinds, routeNodes, routes } from '../../content/routes'
import { BOARD, describeRoute, drawRoute, hopSegment, moveIndex, NODE, NODE_POSITION, routeFor } from '../../lib/router'
import { mountDeck } from '../support/mount'

describe('the routes model', () => {
  it('has a before and an after route for every request', () => {
    for (const request of Object.keys(requestKinds) as RequestId[]) {
      for (const phase of ['before', 'after'] as Phase[])
        expect(() => routeFor(request, phase), `${request}/${phase}`).not.toThrow()
    }
  })

  it('sends every Embassy request through the SRE after the instruction', () => {
    for (const route of routes.filter(r => r.phase === 'after')) {
      const fromEmbassy = route.hops.filter(h => h.from === 'embassy')
      for (const hop of fromEmbassy)
        expect(hop.to, `${route.request}: Embassy bypasses the SRE`).toBe('sre')
      const firstMinistry = route.hops.findIndex(h => h.to === 'ministry')
      if (firstMinistry >= 0)
        expect(route.hops.slice(0, firstMinistry).some(h => h.to === 'sre'), `${route.request}: reaches a ministry before the SRE`).toBe(true)
    }
  })

  it('states in the article the one hop FACTS calls stated: Embassy to SRE', () => {
    for (const route of routes.filter(r => r.phase === 'after' && r.request !== 'el-mayo')) {
      const first = route.hops[0]!
      expect([first.from, first.to]).toEqual(['embassy', 'sre'])
      expect(first.provenance).toEqual({ kind: 'article', paragraphs: [4] })
      for (const hop of route.hops.slice(1))
        expect(hop.provenance.kind, `${route.request}: onward routing must be inferred`).toBe('inference')
    }
  })

  it('draws a hop solid only when the article states it', () => {
    for (const route of routes) {
      for (const drawn of drawRoute(route, Infinity))
        expect(drawn.style === 'solid', `${route.request}/${route.phase} hop ${drawn.number}`).toBe(drawn.hop.provenance.kind === 'article')
    }
  })

  it('marks the earlier direct calls as outside context', () => {
    for (const route of routes.filter(r => r.phase === 'before' && r.request !== 'el-mayo'))
      expect(route.hops[0]!.provenance).toEqual({ kind: 'context', sources: ['expansion', 'proceso'] })
  })
})

describe('router geometry', () => {
  it('keeps every node on the board, the US left of Mexico', () => {
    for (const [id, { x, y }] of Object.entries(NODE_POSITION)) {
      expect(x + NODE.width, id).toBeLessThanOrEqual(BOARD.width)
      expect(y + NODE.height, id).toBeLessThanOrEqual(BOARD.height)
    }
    for (const us of Object.values(routeNodes).filter(n => n.side === 'us')) {
      for (const mx of Object.values(routeNodes).filter(n => n.side === 'mx'))
        expect(NODE_POSITION[us.id].x, `${us.id} left of ${mx.id}`).toBeLessThan(NODE_POSITION[mx.id].x)
    }
  })

  it('draws a request and its answer apart', () => {
    const out = hopSegment({ from: 'embassy', to: 'sre' })
    const back = hopSegment({ from: 'sre', to: 'embassy' })
    expect(Math.abs(out.y1 - back.y2)).toBeGreaterThanOrEqual(12)
  })

  it('wraps arrow-key movement at both ends', () => {
    expect(moveIndex(3, 1, 4)).toBe(0)
    expect(moveIndex(0, -1, 4)).toBe(3)
  })
})

describe('describeRoute', () => {
  it('says the path hop by hop, with where each hop comes from', () => {
    const text = describeRoute(routeFor('security', 'after'), Infinity)
    expect(text).toMatch(/^Security, after the instruction\. 1\. US Embassy to SRE \(Foreign Ministry\): Security request for information \(stated in the article, ¶4\)\./)
    expect(text).toContain('4. SRE (Foreign Ministry) to US Embassy: answer (our inference).')
  })

  it('says how many hops are shown while stepping', () => {
    expect(describeRoute(routeFor('security', 'after'), 1)).toMatch(/Showing 1 of 4 hops\.$/)
  })
})

describe('requestRouter', () => {
  it('shows the security request after the instruction by default, all hops lit', () => {
    const router = mountDeck(RequestRouter)
    expect(router.get('[data-group="request"] [data-choice="security"]').attributes('aria-checked')).toBe('true')
    expect(router.get('[data-group="phase"] [data-choice="after"]').attributes('aria-checked')).toBe('true')
    expect(router.findAll('li.is-lit')).toHaveLength(4)
    expect(router.get('[aria-live]').text()).toBe(describeRoute(routeFor('security', 'after'), Infinity))
  })

  it('lights as many hops as the step says', () => {
    const router = mountDeck(RequestRouter, { step: 2 })
    expect(router.findAll('li.is-lit').map(li => li.attributes('data-hop'))).toEqual(['1', '2'])
    expect(router.findAll('g.router-hop.is-lit')).toHaveLength(2)
  })

  it('draws inferred hops dashed and labels them', () => {
    const router = mountDeck(RequestRouter)
    expect(router.get('g.router-hop[data-hop="1"]').classes()).toContain('hop-solid')
    expect(router.get('g.router-hop[data-hop="2"]').classes()).toContain('hop-dashed')
    expect(router.get('li[data-hop="2"]').text()).toContain('inferred')
  })

  it('moves between requests with the arrow keys and announces the new path', async () => {
    const router = mountDeck(RequestRouter, {}, [])
    const group = router.get('[data-group="request"]')
    await group.trigger('keydown', { key: 'ArrowRight' })
    expect(router.get('[data-group="request"] [data-choice="migration"]').attributes('aria-checked')).toBe('true')
    expect(router.get('[data-group="request"] [data-choice="migration"]').attributes('tabindex')).toBe('0')
    expect(router.get('[data-group="request"] [data-choice="security"]').attributes('tabindex')).toBe('-1')
    expect(router.get('[aria-live]').text()).toContain('Migration, after the instruction.')
    await group.trigger('keydown', { key: 'ArrowLeft' })
    await group.trigger('keydown', { key: 'ArrowLeft' })
    expect(router.get('[data-group="request"] [data-choice="el-mayo"]').attributes('aria-checked')).toBe('true')
  })

  it('toggles before and after with the keyboard or a click', async () => {
    const router = mountDeck(RequestRouter)
    await router.get('[data-group="phase"]').trigger('keydown', { key: 'ArrowLeft' })
    expect(router.get('[data-group="phase"] [data-choice="before"]').attributes('aria-checked')).toBe('true')
    expect(router.get('[aria-live]').text()).toContain('Security, before the instruction.')
    expect(router.get('g.router-hop[data-hop="1"]').classes()).toContain('hop-dotted')
    await router.get('[data-group="phase"] [data-choice="after"]').trigger('click')
    expect(router.get('[aria-live]').text()).toContain('after the instruction')
  })

  it('ignores other keys, leaving them to the deck', async () => {
    const router = mountDeck(RequestRouter)
    await router.get('[data-group="request"]').trigger('keydown', { key: 'Enter' })
    expect(router.get('[data-group="request"] [data-choice="security"]').attributes('aria-checked')).toBe('true')
  })
})
