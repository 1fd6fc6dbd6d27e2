const QUOTE_MARKS = /[‘’‚‛′`´ʼ]/g
const DOUBLE_MARKS = /[“”„‟″]/g
const IGNORED = /[\s\u00AD\-‐‑]+/g

/**
 * Text reduced for "does this passage occur" checks across PDF and build
 * files: Unicode-compatible forms (ligatures, "…" → "..."), one kind of quote
 * mark (PDF.js reads the ’ of some embedded fonts as the modifier letter ʼ),
 * escaped newlines of bundled strings, and no whitespace, soft hyphens or
 * hyphens at all, so line breaks and hyphenation never matter. Lower case.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFKC')
    .replaceAll('\\n', ' ')
    .replace(QUOTE_MARKS, '\'')
    .replace(DOUBLE_MARKS, '"')
    .replace(IGNORED, '')
    .toLowerCase()
}
