// @ts-check
/**
 * A variant of the deck's entry with some headmatter keys overridden, for
 * builds that differ from `slides.md` in configuration only (the public build
 * turns the presenter off; a build with a PDF shows the download button).
 *
 * Slidev takes the folder of its entry as the project root (components,
 * layouts, setup, styles, public, `src:` imports), so the variant is written
 * next to `slides.md` under a name that .gitignore covers, and removed by the
 * caller through `dispose()`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parse } from '@slidev/parser'

const HEADMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/

/** @param {string} entry path of slides.md */
export async function readHeadmatter(entry) {
  const source = readFileSync(entry, 'utf8')
  const deck = await parse(source, entry)
  const first = deck.slides[0]
  if (!first?.frontmatterDoc || !HEADMATTER.test(source))
    throw new Error(`${entry} has no headmatter (a --- block at the top)`)
  return { source, doc: first.frontmatterDoc, headmatter: first.frontmatter }
}

/**
 * Writes `<root>/slides.<tag>-<pid>.tmp.md`: the entry with `overrides` set in
 * its headmatter. Comments and key order of the rest are kept.
 * @param {string} root project root (folder of slides.md)
 * @param {string} tag  short name for the variant, e.g. "public"
 * @param {Record<string, unknown>} overrides headmatter keys to set
 */
export async function writeEntryVariant(root, tag, overrides) {
  const entry = join(root, 'slides.md')
  const { source, doc } = await readHeadmatter(entry)
  for (const [key, value] of Object.entries(overrides))
    doc.set(key, value)
  const variant = join(root, `slides.${tag}-${process.pid}.tmp.md`)
  writeFileSync(variant, source.replace(HEADMATTER, () => `---\n${doc.toString()}---\n`))
  return { path: variant, dispose: () => rmSync(variant, { force: true }) }
}
