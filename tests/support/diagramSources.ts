import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { everyGeneratedSource, generatedDiagrams } from '../../lib/diagrams'
import { ROOT } from './paths'

const MERMAID_FENCE = /```mermaid[^\n]*\n([\s\S]*?)```/g
const CONFIG_BLOCK = /^---\n[\s\S]*?\n---\n/
const COMMENT_OR_BLANK = /^\s*(?:%%.*)?$/

export interface DiagramSource {
  /** Where it comes from: `snippets/x.mmd`, a page, or `generated <name>`. */
  where: string
  code: string
}

/** The snippet files, by name (`channels.mmd`), sorted. */
export const snippetFiles = readdirSync(join(ROOT, 'snippets')).filter(name => name.endsWith('.mmd')).sort()

export function readSnippet(file: string): string {
  return readFileSync(join(ROOT, 'snippets', file), 'utf8')
}

/**
 * Every Mermaid source the deck draws: snippets/*.mmd, ```mermaid blocks in
 * slides.md and pages/, and every source lib/diagrams.ts generates (each
 * route at each step and size, the timeline).
 */
export function deckDiagramSources(): DiagramSource[] {
  const snippets = snippetFiles.map(name => ({ where: `snippets/${name}`, code: readSnippet(name) }))
  const pages = ['slides.md', ...readdirSync(join(ROOT, 'pages')).map(name => `pages/${name}`)]
    .flatMap(file => Array.from(readFileSync(join(ROOT, file), 'utf8').matchAll(MERMAID_FENCE), ([, code]) => ({ where: file, code: code! })))
  const generated = everyGeneratedSource().map(({ name, code }) => ({ where: `generated ${name}`, code }))
  return [...snippets, ...pages, ...generated]
}

/** The diagram's first statement (its type), after any `---` config block and comments. */
export function diagramType(code: string): string {
  return code.replace(CONFIG_BLOCK, '').split('\n').find(line => !COMMENT_OR_BLANK.test(line))?.trim() ?? ''
}

/**
 * The sources a slide's `diagram: <name>` draws at its last click, live or on
 * paper: the snippet `snippets/<name>.mmd`, or what lib/diagrams.ts generates
 * under that name (the explorer prints two routes). An unknown name throws.
 */
export function namedDiagramSources(name: string, where: 'live' | 'print' = 'live'): string[] {
  const file = `${name}.mmd`
  if (existsSync(join(ROOT, 'snippets', file)))
    return [readSnippet(file)]
  const generated = (generatedDiagrams as Record<string, { live: () => string[], print: () => string[] } | undefined>)[name]
  if (!generated)
    throw new Error(`diagram "${name}" is neither snippets/${file} nor a generated diagram (lib/diagrams.ts)`)
  return generated[where]()
}
