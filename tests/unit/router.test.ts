import { describe, expect, it } from 'vitest'
import GeneratedDiagram from '../../components/GeneratedDiagram.vue'
import RequestRouter from '../../components/RequestRouter.vue'
import { routes } from '../../content/routes'
import { describeRoute, moveIndex, ROUTE_SIZES, ROUTE_TITLE, routeDiagram, routeFor, wrap } from '../../lib/router'
import { lineStyleOf, parseFlowchart } from '../support/mermaidGraph'
import { mountDeck } from '../support/mount'

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
})

describe('routeDiagram (the Mermaid source of a route)', () => {
  for (const size of ROUTE_SIZES) {
    for (const route of Object.values(routes)) {
      const where = `${route.phase}, ${size}`

      it(`${where}: puts the US on the left and Mexico on the right`, () => {
        const graph = parseFlowchart(routeDiagram(route, Infinity, size))
        const mexico = route.phase === 'after' ? ['sre', 'ministry'] : ['ministry']
        if (size === 'full') {
          expect([...graph.clusters.keys()], where).toEqual(['us', 'mx'])
          expect(graph.clusters.get('us')!.members, where).toEqual(['embassy'])
          expect(graph.clusters.get('mx')!.members, where).toEqual(mexico)
        }
        else {
          // No clusters: the order of the boxes keeps the sides (Mermaid lays the first out on the left).
          expect(graph.clusters.size, where).toBe(0)
          expect([...graph.nodes.keys()], where).toEqual(['embassy', ...mexico])
        }
        expect(graph.direction, 'left to right').toBe('LR')
      })

      it(`${where}: draws a hop solid only when the article states it, dotted for context, dashed and labelled for inference`, () => {
        const graph = parseFlowchart(routeDiagram(route, Infinity, size))
        expect(graph.edges.map(e => [e.from, e.to])).toEqual(route.hops.map(h => [h.from, h.to]))
        route.hops.forEach((hop, i) => {
          const edge = graph.edges[i]!
          const expected = { article: 'solid', context: 'dotted', inference: 'dashed' }[hop.provenance.kind]
          expect(lineStyleOf(edge), `${where} hop ${i + 1}`).toBe(expected)
          const word = { article: undefined, context: 'context', inference: 'inferred' }[hop.provenance.kind]
          if (word)
            expect(edge.label, `${where} hop ${i + 1}`).toMatch(new RegExp(`\\b${word}$`))
          else
            expect(edge.label, `${where} hop ${i + 1}`).not.toMatch(/\b(?:inferred|context)\b/)
        })
      })

      it(`${where}: lights the first hops and lays the rest out unpainted, at every step`, () => {
        const full = parseFlowchart(routeDiagram(route, Infinity, size))
        for (let lit = 0; lit <= route.hops.length; lit++) {
          const graph = parseFlowchart(routeDiagram(route, lit, size))
          expect(graph.edges.map(e => e.hidden), `${where}, ${lit} lit`).toEqual(route.hops.map((_, i) => i >= lit))
          // Same boxes, same hops, same labels at every step: only what is painted changes, so nothing moves.
          expect(graph.edges.map(({ hidden: _, ...edge }) => edge)).toEqual(full.edges.map(({ hidden: _, ...edge }) => edge))
          expect([...graph.nodes.values()]).toEqual([...full.nodes.values()])
          expect(graph.accDescr).toBe(describeRoute(route, lit))
        }
      })
    }
  }

  it('titles each route as its panel does', () => {
    for (const route of Object.values(routes))
      expect(parseFlowchart(routeDiagram(route)).accTitle).toBe(ROUTE_TITLE[route.phase])
  })

  it('wraps full-size labels into short lines, without losing a word', () => {
    expect(wrap('calls one secretary, then another')).toEqual(['calls one', 'secretary,', 'then another'])
    expect(wrap('answer')).toEqual(['answer'])
    for (const hop of Object.values(routes).flatMap(r => r.hops))
      expect(wrap(hop.label).join(' ')).toBe(hop.label)
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

/** The Mermaid sources the component hands to its diagrams, in order. */
function drawn(router: ReturnType<typeof mountDeck>): string[] {
  return router.findAllComponents(GeneratedDiagram).map(d => d.props('code') as string)
}

describe('requestRouter', () => {
  it('draws the route after the instruction by default, every hop lit', () => {
    const router = mountDeck(RequestRouter)
    expect(router.get('[data-group="phase"] [data-choice="after"]').attributes('aria-checked')).toBe('true')
    expect(drawn(router)).toEqual([routeDiagram(routes.after)])
    expect(router.get('[aria-live]').text()).toBe(describeRoute(routeFor('after'), Infinity))
  })

  it('lights only the hops the step has reached: nothing waits dimmed for its click', () => {
    expect(drawn(mountDeck(RequestRouter, { step: 2 }))).toEqual([routeDiagram(routes.after, 2)])
    expect(drawn(mountDeck(RequestRouter, { step: 0 }))).toEqual([routeDiagram(routes.after, 0)])
  })

  it('toggles before and after with the keyboard or a click, and announces the path', async () => {
    const router = mountDeck(RequestRouter)
    const group = router.get('[data-group="phase"]')
    await group.trigger('keydown', { key: 'ArrowLeft' })
    expect(router.get('[data-choice="before"]').attributes('aria-checked')).toBe('true')
    expect(router.get('[data-choice="before"]').attributes('tabindex')).toBe('0')
    expect(router.get('[data-choice="after"]').attributes('tabindex')).toBe('-1')
    expect(router.get('[aria-live]').text()).toMatch(/^Before the instruction\./)
    expect(drawn(router)).toEqual([routeDiagram(routes.before)])
    await router.get('[data-choice="after"]').trigger('click')
    expect(router.get('[aria-live]').text()).toMatch(/^After the instruction\./)
    expect(drawn(router)).toEqual([routeDiagram(routes.after)])
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

  it('prints both routes, compact, with no control to click, the new one built up to the step', () => {
    expect(drawn(mountDeck(RequestRouter, { print: true, step: 1 }))).toEqual([routeDiagram(routes.before, Infinity, 'compact'), routeDiagram(routes.after, 1, 'compact')])
    const router = mountDeck(RequestRouter, { print: true })
    expect(router.attributes('data-router')).toBe('print')
    expect(router.findAll('button, [role="radio"], [role="radiogroup"]')).toHaveLength(0)
    expect(router.findAll('[data-phase]').map(p => p.attributes('data-phase'))).toEqual(['before', 'after'])
    expect(drawn(router)).toEqual([routeDiagram(routes.before, Infinity, 'compact'), routeDiagram(routes.after, Infinity, 'compact')])
    expect(router.text()).toContain('the order came Fri 11 Oct')
  })
})
