import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLine from '../../components/SourceLine.vue'
import { formatParagraphs, sourceSegments } from '../../lib/sourceLine'

describe('formatParagraphs', () => {
  it('sorts and deduplicates paragraph numbers', () => {
    expect(formatParagraphs([4, 2, 4])).toBe('¶2, ¶4')
  })
})

describe('sourceSegments', () => {
  it('gives the article line, then the context sources, then the inference tag', () => {
    expect(sourceSegments({ paras: [4], context: ['semafor', 'ap'], inferred: true })).toEqual([
      { kind: 'article', text: 'El País, 17 Oct 2024 · ¶4' },
      { kind: 'context', text: 'context · Semafor, AP' },
      { kind: 'inference', text: 'inferred' },
    ])
  })

  it('refuses an unknown context source, naming it', () => {
    // @ts-expect-error an id that is not in content/sources.ts
    expect(() => sourceSegments({ context: ['nytimes'] })).toThrow(/"nytimes"/)
  })
})

describe('sourceLine', () => {
  it('renders one marked segment per source', () => {
    const wrapper = mount(SourceLine, { props: { paras: [2, 4], context: ['reuters'] } })
    const tags = wrapper.findAll('.prov-tag')
    expect(tags.map(t => t.text())).toEqual(['El País, 17 Oct 2024 · ¶2, ¶4', 'context · Reuters'])
    expect(tags.map(t => t.classes())).toEqual([
      expect.arrayContaining(['prov-article']),
      expect.arrayContaining(['prov-context']),
    ])
  })

  it('renders nothing when the slide cites nothing', () => {
    const wrapper = mount(SourceLine, { props: {} })
    expect(wrapper.find('p').exists()).toBe(false)
  })
})
