import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)
const PAGES = /^Pages:\s+(\d+)/m
const OUTLINE_ITEM = /<item\b[^>]*>([^<]*)/g
const PAGE_SIZE = /<page width="([\d.]+)" height="([\d.]+)"/
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
const PGM_HEADER = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/

/** Runs a poppler tool and returns its standard output. */
async function poppler(tool: string, args: string[]): Promise<string> {
  const { stdout } = await exec(tool, args, { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

/** Number of pages, from `pdfinfo`. */
export async function pageCount(file: string): Promise<number> {
  const match = (await poppler('pdfinfo', [file])).match(PAGES)
  if (!match)
    throw new Error(`pdfinfo reports no page count for ${file}`)
  return Number(match[1])
}

/** The text of the whole file, or of one page (1-based), from `pdftotext`. */
export function pdfText(file: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return poppler('pdftotext', [...range, '-enc', 'UTF-8', file, '-'])
}

const URL_ROW = /^\s*(\d+)\s+\S+\s+(\S+)\s*$/

/** Every link annotation: its page and address, from `pdfinfo -url`. */
export async function pdfLinks(file: string): Promise<{ page: number, url: string }[]> {
  return (await poppler('pdfinfo', ['-url', file])).split('\n').slice(1).flatMap((line) => {
    const match = URL_ROW.exec(line)
    return match ? [{ page: Number(match[1]), url: match[2]! }] : []
  })
}

/** The text of every page, in order (pdftotext ends each page with a form feed). */
export async function pageTexts(file: string): Promise<string[]> {
  const pages = (await pdfText(file)).split('\f')
  return pages.slice(0, await pageCount(file))
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#34;': '"', '&#39;': '\'', '&apos;': '\'' }
const ENTITY = /&(?:amp|lt|gt|quot|apos|#34|#39);/g
const decode = (text: string) => text.replace(ENTITY, entity => ENTITIES[entity] ?? entity)

/** The bookmarks (outline) at every depth, in document order, as `pdftohtml -xml` lists them. */
export async function outlineTitles(file: string): Promise<string[]> {
  const xml = await poppler('pdftohtml', ['-xml', '-i', '-q', '-stdout', file])
  return Array.from(xml.matchAll(OUTLINE_ITEM), match => decode(match[1] ?? '').trim())
}

/** One word on a page, with its box in PDF points from the top-left corner. */
export interface PdfWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** The words of one page with their boxes, and the page size, from `pdftotext -bbox`. */
export async function pageWords(file: string, page: number): Promise<{ width: number, height: number, words: PdfWord[] }> {
  const html = await poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'])
  const size = html.match(PAGE_SIZE)
  if (!size)
    throw new Error(`pdftotext -bbox found no page ${page} in ${file}`)
  const words = Array.from(html.matchAll(WORD), ([, xMin, yMin, xMax, yMax, text]) => ({ text: decode(text ?? ''), xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }))
  return { width: Number(size[1]), height: Number(size[2]), words }
}

/**
 * For every page, the share of pixels (0–1) that differ from the page's most
 * common grey, rendered small with `pdftoppm -gray`. A blank page scores 0.
 */
export async function inkPerPage(file: string, dpi = 20): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-ink-'))
  try {
    await poppler('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')])
    return readdirSync(dir).sort().map(name => ink(readFileSync(join(dir, name))))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Share of non-background pixels in a binary PGM (P5, 8-bit) image. */
function ink(pgm: Uint8Array): number {
  const header = new TextDecoder('latin1').decode(pgm.subarray(0, 64)).match(PGM_HEADER)
  if (!header)
    throw new Error('pdftoppm did not write an 8-bit PGM')
  const pixels = pgm.subarray(header[0].length)
  const counts = Array.from<number>({ length: 256 }).fill(0)
  for (const value of pixels)
    counts[value]!++
  return 1 - Math.max(...counts) / pixels.length
}
