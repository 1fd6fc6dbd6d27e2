import type { SlideInfo } from '@slidev/types'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

/** The project root (where slides.md lives). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The deck as Slidev's own parser reads it: slides in order, with frontmatter and notes. */
export async function loadDeck(): Promise<SlideInfo[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  return data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
}
