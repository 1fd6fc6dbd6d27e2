/**
 * When the deck is read as one vertical scroll instead of shown as slides
 * (components/ReadingView.vue): on a narrow screen, or when the address asks
 * for it. `?view=read` forces it on any screen, `?view=slides` keeps the
 * slides on a phone. Never in the presenter view or when printing.
 */
import { hasPrintQuery } from './print'

/** Widths at or below this (CSS px) read as a scroll: phones, portrait. */
export const READING_MAX_WIDTH = 640

export interface ReadingInputs {
  /** The viewport's width in CSS px. */
  width: number
  /** `location.search`. */
  search: string
  /** The presenter view (or another Slidev screen that is not the audience's). */
  presenter: boolean
}

export function isReading({ width, search, presenter }: ReadingInputs): boolean {
  const query = new URLSearchParams(search)
  if (presenter || hasPrintQuery(search) || query.has('embedded'))
    return false
  const view = query.get('view')
  if (view === 'read')
    return true
  if (view === 'slides')
    return false
  return width <= READING_MAX_WIDTH
}

/**
 * The section a reader is on: the last one whose top has passed a line a
 * third of the way down the screen (the first one before any has).
 */
export function sectionInView(tops: readonly number[], viewportHeight: number): number {
  const line = viewportHeight / 3
  let current = 0
  tops.forEach((top, index) => {
    if (top <= line)
      current = index
  })
  return current
}

/** A slide's frontmatter, as far as Slidev's preloading reads it (`meta.preload` is a getter of it). */
export interface PreloadSetting {
  preload?: boolean
}

const heldBack = new WeakMap<object, boolean | undefined>()

/**
 * Behind the reading view the slides are never seen, yet Slidev preloads
 * them all three seconds after the page opens: each one mounted hidden, its
 * diagrams drawn, on a phone's CPU (Lighthouse mobile counted over a second
 * of blocked main thread for it). While `hold` is true the slides'
 * frontmatter says `preload: false`; when it turns false, each gets back
 * what it said.
 */
export function holdPreloading(frontmatters: readonly PreloadSetting[], hold: boolean): void {
  for (const frontmatter of frontmatters) {
    if (hold && !heldBack.has(frontmatter)) {
      heldBack.set(frontmatter, frontmatter.preload)
      frontmatter.preload = false
    }
    else if (!hold && heldBack.has(frontmatter)) {
      const said = heldBack.get(frontmatter)
      if (said === undefined)
        delete frontmatter.preload
      else
        frontmatter.preload = said
      heldBack.delete(frontmatter)
    }
  }
}
