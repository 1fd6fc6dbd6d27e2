import { describe, expect, it } from 'vitest'
import AmbiguityList from '../../components/AmbiguityList.vue'
import FactList from '../../components/FactList.vue'
import ProvenanceLegend from '../../components/ProvenanceLegend.vue'
import SourceList from '../../components/SourceList.vue'
import Timeline from '../../components/Timeline.vue'
import { claims } from '../../content/claims'
import { events } from '../../content/events'
import { sources } from '../../content/sources'
import { mountDeck } from '../support/mount'

describe('timeline', () => {
  it('shows the events in the order given, each with its date and what happened', () => {
    const list = mountDeck(Timeline, { ids: ['E7', 'E9'] })
    const items = list.findAll('[data-event]')
    expect(items.map(i => i.attributes('data-event'))).toEqual(['E7', 'E9'])
    expect(items[0]!.text()).toContain('Tue 15 Oct')
    expect(items[0]!.text()).toContain(events.E7.title)
  })

  it('tags the calendar date with its own provenance, never as the article\'s ¶', () => {
    const list = mountDeck(Timeline, { ids: ['E9', 'E8', 'E10', 'E3'] })
    const dateTag = (id: string) => list.get(`[data-event="${id}"] > div:first-child .prov-tag`)
    expect(dateTag('E9').text()).toContain('context · Reuters')
    expect(dateTag('E8').text()).toContain('inferred')
    expect(dateTag('E10').text()).toContain('article’s date')
    expect(dateTag('E10').classes()).toContain('prov-article')
    expect(list.get('[data-event="E3"] > div:first-child').text()).toBe('At the time')
  })

  it('adds the detail the date\'s source gives, tagged with that source', () => {
    const detail = mountDeck(Timeline, { ids: ['E9'] }).get('.timeline-detail')
    expect(detail.text()).toContain(events.E9.absolute!.detail!)
    expect(detail.get('.prov-tag').text()).toContain('context · Reuters')
  })

  it('reveals one event per click only when asked', () => {
    expect(mountDeck(Timeline, { ids: ['E1', 'E2'], step: true }).findAll('[data-click="+1"]')).toHaveLength(2)
    expect(mountDeck(Timeline, { ids: ['E1', 'E2'] }).findAll('[data-click="+1"]')).toHaveLength(0)
  })

  it('fails on an unknown id, naming it', () => {
    expect(() => mountDeck(Timeline, { ids: ['E42'] }, [])).toThrow('Unknown event id "E42"')
  })
})

describe('factList', () => {
  it('shows who says each claim and its provenance mark, and no speaker label for the rest', () => {
    const list = mountDeck(FactList, { ids: ['C13', 'X1', 'I1'] })
    const [said, context, inferred] = list.findAll('li')
    expect(said!.text()).toContain(`Reporter: ${claims.C13.text}`)
    expect(said!.get('.prov-tag').classes()).toContain('prov-article')
    expect(context!.text()).toMatch(new RegExp(`^${claims.X1.text}`))
    expect(context!.text()).toContain('context · Expansión, Proceso')
    expect(inferred!.text()).toMatch(new RegExp(`^${claims.I1.text}`))
    expect(inferred!.get('.prov-tag').text()).toContain('inferred')
  })

  it('marks a speaker\'s point in the reporter\'s words as paraphrase, never as a quote', () => {
    const item = mountDeck(FactList, { ids: ['C10'] }).get('li')
    expect(item.classes()).toContain('fact-reported')
    expect(item.get('.fact-lead').text()).toBe('Salazar, as reported:')
    expect(item.text()).toContain(claims.C10.text)
    expect(item.find('.quote-serif').exists(), 'no quote styling').toBe(false)
  })

  it('shows a quote the reporter quotes inside a claim as that registered quote', () => {
    const item = mountDeck(FactList, { ids: ['C15'] }).get('li')
    expect(item.get('q.inline-quote').attributes('data-quote')).toBe('Q6')
    expect(item.text()).toContain('he called her team a strong')
  })

  it('shows an event by its title and ¶, with no date set like a speaker', () => {
    const item = mountDeck(FactList, { ids: ['E5'] }).get('li')
    expect(item.text()).toMatch(new RegExp(`^${events.E5.title}`))
    expect(item.find('.font-700').exists()).toBe(false)
  })

  it('fails on an unknown id, naming it', () => {
    expect(() => mountDeck(FactList, { ids: ['C999'] }, [])).toThrow('Unknown claim id "C999"')
  })
})

describe('ambiguityList', () => {
  it('shows each open question with what the article says', () => {
    const list = mountDeck(AmbiguityList, { ids: ['A1'] })
    expect(list.get('dt').text()).toBe('Whose Attorney General’s Office?')
    expect(list.get('dd').text()).toContain('¶5')
  })
})

describe('sourceList and provenanceLegend', () => {
  it('lists every source, marking the article apart from context', () => {
    const list = mountDeck(SourceList)
    expect(list.findAll('[data-source]')).toHaveLength(Object.keys(sources).length)
    expect(list.get('[data-source="elpais"] .prov-article').text()).toBe('the article')
    expect(list.get('[data-source="reuters"] .prov-context').text()).toBe('context')
  })

  it('explains the three marks with their line styles', () => {
    const text = mountDeck(ProvenanceLegend).text()
    expect(text).toContain('Article paragraph ¶4, drawn solid')
    expect(text).toContain('Outside source context · Reuters, drawn dotted')
    expect(text).toContain('Our inference inferred, drawn dashed')
  })
})
