import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './paths'

/** The article as shipped with the tests: an unchanged copy of the source text. */
export const ARTICLE_TEXT = readFileSync(join(ROOT, 'tests', 'fixtures', 'source-article.txt'), 'utf8')

const BLANK_LINE = /\n\s*\n/

/** Paragraphs, 1-based, split on blank lines (¶1 = headline, ¶7 = the source line). */
export function paragraphs(text = ARTICLE_TEXT): Map<number, string> {
  const parts = text.split(BLANK_LINE).map(p => p.trim()).filter(Boolean)
  return new Map(parts.map((p, i) => [i + 1, p]))
}

/** Paragraph n, or a failure naming n. */
export function paragraph(n: number): string {
  const p = paragraphs().get(n)
  if (p === undefined)
    throw new Error(`The article has no paragraph ¶${n}`)
  return p
}
