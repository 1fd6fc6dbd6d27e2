import type { DateProvenance, Paragraph, Provenance } from '../../content/types'
import { describe, expect, it } from 'vitest'
import { actors, ambiguities, article, claims, events, institutions, quotes, sources } from '../../content'
import { articleFacts } from '../../content/articleFacts'
import { watchList } from '../../content/watch'
import { displayText } from '../../lib/quotes'
import { paragraph, paragraphs } from '../support/article'
import { loadDeck } from '../support/deck'

const QUOTE_MARKS = /[“”"]/
/** A registered quote named inside a claim (`{Q6}`): shown as that quote, in its marks. */
const QUOTE_SLOT = /\{Q\d+\}/g

/** True when `small` can be obtained from `big` by deleting characters only. */
function isSubsequence(small: string, big: string): boolean {
  let at = 0
  for (const char of small) {
    at = big.indexOf(char, at)
    if (at < 0)
      return false
    at++
  }
  return true
}

const allProvenance: [string, Provenance | DateProvenance][] = [
  ...Object.values(actors).map(a => [a.id, a.provenance] as [string, Provenance]),
  ...Object.values(institutions).map(i => [i.id, i.provenance] as [string, Provenance]),
  ...Object.values(events).map(e => [e.id, e.provenance] as [string, Provenance]),
  ...Object.values(events).flatMap(e => e.absolute ? [[`${e.id} date`, e.absolute.provenance] as [string, DateProvenance]] : []),
  ...Object.values(claims).map(c => [c.id, c.provenance] as [string, Provenance]),
  ...ambiguities.map(a => [a.id, a.provenance] as [string, Provenance]),
]

describe('the article fixture', () => {
  it('has the headline, five body paragraphs and the source line', () => {
    expect(paragraphs().size).toBe(7)
    expect(paragraph(1)).toMatch(/^Ken Salazar tries to rebuild/)
    expect(paragraph(7)).toBe('Source: elpais')
  })
})

describe('quotes', () => {
  for (const quote of Object.values(quotes)) {
    it(`${quote.id} is verbatim, inside the article's quote marks, at ¶${quote.paragraph}`, () => {
      expect(paragraph(quote.paragraph), `${quote.id} is not verbatim at ¶${quote.paragraph}`).toContain(`“${quote.exact}”`)
    })

    it(`${quote.id} is displayed through its declared operations only`, () => {
      const shown = displayText(quote)
      const withoutElisions = shown.replaceAll('…', '').replace(/\s+/g, ' ')
      expect(isSubsequence(withoutElisions, quote.exact), `${quote.id}: the display adds words`).toBe(true)
      expect(shown.includes('…'), `${quote.id}: an elision must show as …`).toBe(quote.ops.some(op => op.op === 'elide'))
      expect(shown, `${quote.id}: a stray quote mark would show inside the quote`).not.toMatch(QUOTE_MARKS)
      if (quote.ops.length === 0)
        expect(shown).toBe(quote.exact)
    })
  }
})

describe('actors and institutions', () => {
  for (const item of [...Object.values(actors), ...Object.values(institutions)]) {
    it(`${item.id} is mentioned in every paragraph it cites, and cited wherever named`, () => {
      for (const n of item.provenance.paragraphs) {
        const text = paragraph(n)
        expect(item.mentions.some(m => text.includes(m)), `${item.id} not mentioned in ¶${n}`).toBe(true)
      }
      for (const [n, text] of paragraphs()) {
        if (text.includes(item.mentions[0]!))
          expect(item.provenance.paragraphs, `${item.id} is named in ¶${n} but does not cite it`).toContain(n)
      }
    })
  }
})

describe('events', () => {
  for (const event of Object.values(events)) {
    if (event.absolute) {
      it(`${event.id} shows its calendar date as the date it is (${event.absolute.iso})`, () => {
        const shown = new Date(`${event.absolute!.iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
        expect(event.absolute!.label).toBe(shown)
      })
    }

    it(`${event.id} cites exactly the paragraphs whose words state it`, () => {
      const cited = Object.keys(event.evidence).map(Number).sort()
      expect(cited, `${event.id}: evidence and provenance disagree`).toEqual([...event.provenance.paragraphs].sort())
      for (const [n, words] of Object.entries(event.evidence))
        expect(paragraph(Number(n)), `${event.id}: evidence not verbatim at ¶${n}`).toContain(words)
    })

    it(`${event.id} involves only known actors and institutions`, () => {
      for (const id of event.actors)
        expect(id in actors || id in institutions, `${event.id}: unknown actor ${id}`).toBe(true)
    })
  }
})

describe('claims', () => {
  for (const claim of Object.values(claims)) {
    it(`${claim.id} is supported as its provenance says`, () => {
      const provenance: Provenance = claim.provenance
      if (provenance.kind === 'article') {
        const evidence: Partial<Record<Paragraph, string>> = claim.evidence ?? {}
        expect(Object.keys(evidence).map(Number).sort(), `${claim.id}: evidence and provenance disagree`).toEqual([...provenance.paragraphs].sort())
        for (const [n, words] of Object.entries(evidence))
          expect(paragraph(Number(n)), `${claim.id}: evidence not verbatim at ¶${n}`).toContain(words)
        if (!claim.id.startsWith('B'))
          expect(claim.speaker, `${claim.id}: an article claim names its speaker or the reporter (the bottom line's summaries are ours)`).toBeDefined()
        // A speaker's point the article does not put in quote marks is the reporter's wording of it.
        if (claim.speaker && claim.speaker !== 'reporter')
          expect(claim.reported, `${claim.id}: ${claim.speaker}'s point in the reporter's words is a paraphrase`).toBe(true)
      }
      else {
        expect(claim.evidence, `${claim.id}: only article claims carry article evidence`).toBeUndefined()
      }
    })
  }
})

describe('provenance', () => {
  it('is given for every item, with paragraphs, a known source or a reason', () => {
    expect(allProvenance.length).toBeGreaterThan(40)
    for (const [id, provenance] of allProvenance) {
      if (provenance.kind === 'article') {
        expect(provenance.paragraphs.length, `${id}: no paragraphs`).toBeGreaterThan(0)
        for (const n of provenance.paragraphs)
          expect(paragraphs().has(n), `${id}: no ¶${n}`).toBe(true)
      }
      else if (provenance.kind === 'context') {
        expect(provenance.sources.length, `${id}: context without a source`).toBeGreaterThan(0)
        for (const source of provenance.sources)
          expect(source in sources, `${id}: unknown source ${source}`).toBe(true)
      }
      else if (provenance.kind === 'inference') {
        expect(provenance.why.length, `${id}: inference without a reason`).toBeGreaterThan(20)
      }
      else {
        const event = Object.values(events).find(e => `${e.id} date` === id)
        expect(event?.absolute?.iso, `${id}: only a date that is the article's own can cite it`).toBe(article.date)
      }
    }
  })

  it('uses every outside source it lists', () => {
    const used = new Set(allProvenance.flatMap(([, p]) => p.kind === 'context' ? p.sources : []))
    for (const source of Object.values(sources).filter(s => s.kind === 'context'))
      expect(used.has(source.id), `${source.id} is listed but never cited`).toBe(true)
  })

  it('never puts our own words in quote marks', () => {
    const ours = [
      ...Object.values(actors).flatMap(a => [a.name, a.role, a.brief]),
      ...Object.values(institutions).flatMap(i => [i.name, i.caveat ?? '']),
      ...Object.values(events).flatMap(e => [e.title, e.stated ?? '', e.occasion ?? '', e.absolute?.detail ?? '']),
      ...Object.values(claims).map(c => c.text.replace(QUOTE_SLOT, '')),
      ...articleFacts.flatMap(f => [f.text, ...f.shows, f.notesOnly ?? '']),
      ...watchList.flatMap(w => [w.watch, w.tells]),
      ...ambiguities.flatMap(a => [a.question, a.answer]),
      ...Object.values(quotes).flatMap(q => [q.note ?? '', q.attribution ?? '']),
    ]
    for (const text of ours)
      expect(text, 'quote marks in our own words').not.toMatch(QUOTE_MARKS)
  })
})

describe('the article\'s facts (content/articleFacts.ts)', () => {
  it('cover every paragraph of the article, ¶1 to ¶6, each fact once', () => {
    expect(new Set(articleFacts.map(f => f.paragraph))).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    expect(new Set(articleFacts.map(f => f.id)).size).toBe(articleFacts.length)
    expect(articleFacts.length, 'about thirty items').toBeGreaterThanOrEqual(30)
  })

  it('name a slide that exists for each fact, and a quote that is registered', async () => {
    const slugs = new Set((await loadDeck()).map(slide => slide.frontmatter.slug))
    for (const fact of articleFacts) {
      expect(slugs.has(fact.slide), `${fact.id}: slide "${fact.slide}"`).toBe(true)
      if (fact.quote)
        expect(quotes[fact.quote].paragraph, `${fact.id}: its quote's paragraph`).toBe(fact.paragraph)
    }
  })

  it('give each slide a slug of its own', async () => {
    const slugs = (await loadDeck()).map(slide => slide.frontmatter.slug)
    expect(slugs.every(Boolean), 'every slide has a slug').toBe(true)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('quote only what the article says, where it says it', () => {
    for (const fact of articleFacts.filter(f => f.kind === 'quote' && f.quote))
      expect(paragraph(fact.paragraph), `${fact.id}`).toContain(quotes[fact.quote!].exact)
  })
})

describe('the closing slides', () => {
  it('ask and watch only about facts an earlier slide shows', async () => {
    const slides = await loadDeck()
    const order = (slug: string) => slides.findIndex(slide => slide.frontmatter.slug === slug)
    const where = (id: string) => articleFacts.find(f => f.id === id)
    const asked = [
      ...ambiguities.map(a => ({ id: a.id, slide: 'limits', about: a.about })),
      ...watchList.map(w => ({ id: w.id, slide: 'watch', about: w.about })),
    ]
    for (const { id, slide, about } of asked) {
      expect(about.length, `${id} is tied to the facts it is about`).toBeGreaterThan(0)
      for (const factId of about) {
        const fact = where(factId)
        expect(fact, `${id}: ${factId} is a fact of the article`).toBeDefined()
        expect(fact!.notesOnly, `${id}: ${factId} is on a slide, not only in notes`).toBeUndefined()
        expect(order(fact!.slide), `${id} (slide ${slide}) asks about ${factId}, shown on slide ${fact!.slide}`).toBeLessThan(order(slide))
      }
    }
  })

  it('draw what to watch as our inference', () => {
    for (const item of watchList)
      expect(item.provenance.kind, item.id).toBe('inference')
  })
})
