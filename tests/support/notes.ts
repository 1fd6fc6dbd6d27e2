import type { SlideInfo } from '@slidev/types'
import { searchable } from './text'

/** Words of a note that survive Markdown, HTML escaping and JS string escaping unchanged. */
const PLAIN_WORD = /^[\p{L}\p{N}]+[,;:.]?$/u
const SENTENCE_END = /(?<=[.!?])\s+/
const SPACES = /\s+/g
const MARKUP = /\[click(?::\d+)?\]|\[([^\]]*)\]\([^)]*\)|[*_`#>]/g

/** A note's sentences, with Slidev's `[click]` markers and Markdown emphasis removed. */
export function sentences(note: string): string[] {
  return note
    .replace(MARKUP, (_, linkText: string | undefined) => linkText ?? ' ')
    .split(SENTENCE_END)
    .map(sentence => sentence.replace(SPACES, ' ').trim())
    .filter(Boolean)
}

/**
 * The longest run of plain words in a sentence (at most `maxWords`), or
 * undefined when no run has `minWords`: a passage distinctive enough to
 * search for in built files and PDFs.
 */
export function fragment(sentence: string, minWords = 6, maxWords = 10): string | undefined {
  let best: string[] = []
  let run: string[] = []
  for (const word of sentence.split(' ')) {
    if (PLAIN_WORD.test(word)) {
      run.push(word)
      if (run.length > best.length)
        best = [...run]
    }
    else {
      run = []
    }
  }
  return best.length >= minWords ? best.slice(0, maxWords).join(' ') : undefined
}

/** A passage from one slide's notes, and the slide it belongs to. */
export interface NoteSample {
  slide: number
  title: string
  text: string
}

/**
 * Up to `perSlide` passages from every slide's notes, from its first, middle
 * and last sentences. Passages that the deck also shows (slide text,
 * frontmatter, or any text in `shownElsewhere`, such as the quotes) are left
 * out: they are not note text only.
 */
export function sampleNotes(slides: SlideInfo[], options: { perSlide?: number, shownElsewhere?: string[] } = {}): NoteSample[] {
  const { perSlide = 3, shownElsewhere = [] } = options
  const shown = searchable([...slides.flatMap(slide => [slide.content, JSON.stringify(slide.frontmatter)]), ...shownElsewhere].join(' '))
  return slides.flatMap((slide, index) => {
    const found = sentences(slide.note ?? '')
      .map(s => fragment(s))
      .filter((f): f is string => f !== undefined && !shown.includes(searchable(f)))
    const picks = [...new Set([0, Math.floor((found.length - 1) / 2), found.length - 1])].slice(0, perSlide)
    return found.length === 0
      ? []
      : picks.map(i => ({ slide: index + 1, title: slide.title ?? 'untitled', text: found[i]! }))
  })
}
