import type { SlideInfo } from '@slidev/types'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ambiguities } from '../../content/ambiguities'
import { claims } from '../../content/claims'
import { events } from '../../content/events'
import { quotes } from '../../content/quotes'
import { displayText } from '../../lib/quotes'
import { loadDeck } from '../support/deck'
import { ROOT } from '../support/paths'

/** A run of text between quote marks: “…”, or "…" outside HTML attributes. */
const CURLY_RUN = /“([^”]*)”/g
const STRAIGHT_RUN = /"([^"\n]*)"/g
const TAG = /<[^>]*>/g
const NOTE = /<!--[\s\S]*?-->/g
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/
const TEMPLATE = /<template>([\s\S]*)<\/template>/
const ID_ATTR = /\bid="([^"]+)"/g
const IDS_ATTR = /:ids="\[([^\]]*)\]"/g
const QUOTED_ID = /'([^']+)'/g
const CONTENT_ID = /^[QCXIEAB]\d+$/
const CLICK_MARK = /\[click\]/g

const quoteTexts = Object.values(quotes).flatMap(q => [displayText(q), q.exact])

/** True when the quoted words are a registered quote, or part of one, word for word. */
function isRegistered(words: string): boolean {
  const normal = words.replace(/\s+/g, ' ').trim()
  return normal.length > 0 && quoteTexts.some(text => text.includes(normal))
}

function quotedRuns(text: string): string[] {
  const visible = text.replace(TAG, ' ')
  return [...visible.matchAll(CURLY_RUN), ...visible.matchAll(STRAIGHT_RUN)].map(m => m[1]!)
}

const pageFiles = ['slides.md', ...readdirSync(join(ROOT, 'pages')).filter(f => f.endsWith('.md')).map(f => `pages/${f}`)]
const componentFiles = readdirSync(join(ROOT, 'components')).filter(f => f.endsWith('.vue')).map(f => `components/${f}`)
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

let slides: SlideInfo[]
beforeAll(async () => {
  slides = await loadDeck()
})

describe('quote marks on slides', () => {
  for (const file of pageFiles) {
    it(`${file} puts only registered quotes in quote marks, on slides and in notes`, () => {
      const text = read(file).replace(FRONTMATTER, '')
      for (const words of quotedRuns(text.replace(NOTE, ' ')))
        expect(isRegistered(words), `${file}: “${words}” is in quote marks but is not a registered quote`).toBe(true)
      for (const note of text.match(NOTE) ?? []) {
        for (const words of quotedRuns(note))
          expect(isRegistered(words), `${file} (notes): “${words}” is in quote marks but is not a registered quote`).toBe(true)
      }
    })
  }

  for (const file of componentFiles) {
    it(`${file} writes no quote marks of its own`, () => {
      const template = TEMPLATE.exec(read(file))?.[1] ?? ''
      expect(quotedRuns(template), `${file}: literal quote marks in the template`).toEqual([])
    })
  }
})

/** Content ids a slide shows: id="…" and :ids="[…]" in its markup, and `shows: […]` in its frontmatter (diagrams, derived parts). */
function idsOnSlide(slide: SlideInfo): string[] {
  const ids = new Set<string>()
  for (const match of slide.content.matchAll(ID_ATTR))
    ids.add(match[1]!)
  for (const match of slide.content.matchAll(IDS_ATTR)) {
    for (const id of match[1]!.matchAll(QUOTED_ID))
      ids.add(id[1]!)
  }
  for (const id of (slide.frontmatter.shows as string[] | undefined) ?? [])
    ids.add(id)
  return [...ids].filter(id => CONTENT_ID.test(id))
}

/** "slide 4 (Title)" */
const where = (slide: SlideInfo) => `slide ${slide.index + 1} (${slide.title ?? 'untitled'})`

describe('content references in slides', () => {
  const known = new Set([...Object.keys(quotes), ...Object.keys(claims), ...Object.keys(events), ...ambiguities.map(a => a.id)])

  it('name only registered quotes, claims, events and questions', () => {
    const unknown = slides.flatMap(slide => idsOnSlide(slide).filter(id => !known.has(id)).map(id => `${where(slide)}: ${id}`))
    expect(unknown, 'ids used on slides but missing from content/').toEqual([])
  })

  it('cover every quote, event, claim and open question of the content layer', () => {
    const referenced = new Set(slides.flatMap(idsOnSlide))
    const missing = [...known].filter(id => !referenced.has(id))
    expect(missing, 'content items no slide shows').toEqual([])
  })

  it('have one summary slide, at the opening', () => {
    const summaries = slides.filter(slide => slide.frontmatter.summary === true)
    expect(summaries.map(where), 'slides with summary: true').toHaveLength(1)
    expect(summaries[0]!.index, `${where(summaries[0]!)} is the summary`).toBeLessThanOrEqual(2)
  })

  it('say each thing once: no id on two slides, except on the summary', () => {
    const firstSeen = new Map<string, SlideInfo>()
    const repeats: string[] = []
    for (const slide of slides.filter(s => s.frontmatter.summary !== true)) {
      for (const id of idsOnSlide(slide)) {
        const earlier = firstSeen.get(id)
        if (earlier)
          repeats.push(`${id} is on ${where(earlier)} and ${where(slide)}`)
        else
          firstSeen.set(id, slide)
      }
    }
    expect(repeats).toEqual([])
  })
})

describe('diagram slides', () => {
  it('are not preloaded, so Mermaid loads on the slide that draws it', () => {
    const diagrams = slides.filter(slide => slide.frontmatter.diagram)
    expect(diagrams.length, 'slides with a diagram').toBeGreaterThan(0)
    for (const slide of diagrams)
      expect(slide.frontmatter.preload, `slide ${slide.index + 1} (${slide.title}) shows a diagram`).toBe(false)
  })
})

describe('presenter notes', () => {
  it('exist on every slide, 40 to 120 words', () => {
    for (const slide of slides) {
      const words = (slide.note ?? '').split(/\s+/).filter(Boolean).length
      expect(words, `slide ${slide.index + 1} (${slide.title}): ${words} words of notes`).toBeGreaterThanOrEqual(40)
      expect(words, `slide ${slide.index + 1} (${slide.title}): ${words} words of notes`).toBeLessThanOrEqual(120)
    }
  })

  it('mark clicks only on slides that have them', () => {
    for (const slide of slides) {
      const marks = (slide.note ?? '').match(CLICK_MARK)?.length ?? 0
      const clicky = /v-click|\bstep\b|clicks:/.test(slide.content) || Boolean(slide.frontmatter.clicks)
      if (!clicky)
        expect(marks, `slide ${slide.index + 1} (${slide.title}) has [click] marks but no clicks`).toBe(0)
    }
  })
})
