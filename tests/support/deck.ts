import type { SlideInfo } from '@slidev/types'
import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { ROOT } from './paths'

/** The deck as Slidev's own parser reads it: slides in order, with frontmatter and notes. */
export async function loadDeck(): Promise<SlideInfo[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  return data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
}
