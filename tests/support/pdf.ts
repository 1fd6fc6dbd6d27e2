import type { Browser } from 'playwright-core'
import type { PDFDocumentProxy } from 'unpdf/pdfjs'
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { extractText, extractTextItems, getDocumentProxy } from 'unpdf'

/**
 * Reading the deck's PDFs in JavaScript: PDF.js through unpdf, in Node for
 * text, outline and links, and in the tests' Chromium for pixels. No system
 * tool (poppler) is involved.
 */

const WHITESPACE = /\s+/
const WORD_OR_GAP = /\S+|\s+/g

/** Opens a PDF file, runs `read` on it and frees it. */
async function withPdf<T>(file: string, read: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)))
  try {
    return await read(pdf)
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/** Number of pages. */
export function pageCount(file: string): Promise<number> {
  return withPdf(file, async pdf => pdf.numPages)
}

/** The text of every page, in order (a line break ends each line of text). */
export function pageTexts(file: string): Promise<string[]> {
  return withPdf(file, async pdf => (await extractText(pdf)).text)
}

/** Every link annotation that opens an address: its page (1-based) and the address. */
export function pdfLinks(file: string): Promise<{ page: number, url: string }[]> {
  return withPdf(file, async (pdf) => {
    const links: { page: number, url: string }[] = []
    for (let page = 1; page <= pdf.numPages; page++) {
      for (const annotation of await (await pdf.getPage(page)).getAnnotations()) {
        if (annotation.subtype === 'Link' && annotation.url)
          links.push({ page, url: annotation.url })
      }
    }
    return links
  })
}

/** An outline item as PDF.js returns it: a title and its children. */
interface OutlineNode {
  title: string
  items: OutlineNode[]
}

/** Titles of an outline tree, depth first, in document order. */
function titlesOf(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap(node => [node.title.trim(), ...titlesOf(node.items)])
}

/** The bookmarks (outline) at every depth, in document order. */
export function outlineTitles(file: string): Promise<string[]> {
  return withPdf(file, async pdf => titlesOf(await pdf.getOutline() ?? []))
}

/** One word on a page, with its box in PDF points from the top-left corner. */
export interface PdfWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/**
 * The words of one page (1-based) with their boxes, and the page size. A
 * text run is cut at whitespace; a word's share of the run's width is its
 * share of the run's characters, and its box spans the run's font height
 * above the baseline.
 */
export function pageWords(file: string, page: number): Promise<{ width: number, height: number, words: PdfWord[] }> {
  return withPdf(file, async (pdf) => {
    if (page < 1 || page > pdf.numPages)
      throw new Error(`no page ${page} in ${file} (${pdf.numPages} pages)`)
    const { width, height } = (await pdf.getPage(page)).getViewport({ scale: 1 })
    const runs = (await extractTextItems(pdf)).items[page - 1] ?? []
    const words = runs.flatMap((run) => {
      const perChar = run.str.length ? run.width / run.str.length : 0
      let offset = 0
      return Array.from(run.str.matchAll(WORD_OR_GAP), ([part]) => {
        const xMin = run.x + offset * perChar
        offset += part.length
        return { text: part, xMin, xMax: run.x + offset * perChar, yMin: height - run.y - run.height, yMax: height - run.y }
      }).filter(word => !WHITESPACE.test(word.text))
    })
    return { width, height, words }
  })
}

/** PDF.js built to run anywhere (unpdf's bundle), as a file to hand to a browser page. */
function pdfjsBundle(): string {
  // unpdf's "./pdfjs" export has only an `import` condition: find it beside the main entry.
  return join(dirname(createRequire(import.meta.url).resolve('unpdf')), 'pdfjs.mjs')
}

/** A made-up origin that only the page's routes answer (`.invalid` never resolves). */
const INK_ORIGIN = 'http://pdf-ink.invalid'
/** The page that loads PDF.js and hands it to the tests as `window.pdfjs`. */
const INK_PAGE = '<!doctype html><title>ink</title><script type="module">import * as pdfjs from "/pdf.mjs"; window.pdfjs = pdfjs</script>'

/** What the ink page's window holds once PDF.js has loaded. */
interface InkWindow {
  pdfjs: typeof import('unpdf/pdfjs')
}

/**
 * Every page of the PDF rendered by PDF.js on a canvas in the given Chromium,
 * at `dpi`, as PNG bytes.
 */
export async function renderPages(file: string, browser: Browser, dpi = 20): Promise<Buffer[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.route(`${INK_ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url())
      if (pathname === '/pdf.mjs')
        return route.fulfill({ path: pdfjsBundle(), contentType: 'text/javascript' })
      if (pathname === '/file.pdf')
        return route.fulfill({ path: file, contentType: 'application/pdf' })
      return route.fulfill({ body: INK_PAGE, contentType: 'text/html' })
    })
    await page.goto(`${INK_ORIGIN}/`)
    await page.waitForFunction(() => 'pdfjs' in window)
    const urls = await page.evaluate(async (scale) => {
      const { getDocument } = (window as unknown as InkWindow).pdfjs
      const pdf = await getDocument({ data: new Uint8Array(await (await fetch('/file.pdf')).arrayBuffer()) }).promise
      const pages: string[] = []
      for (let n = 1; n <= pdf.numPages; n++) {
        const pdfPage = await pdf.getPage(n)
        const viewport = pdfPage.getViewport({ scale })
        const canvas = document.createElement('canvas')
        canvas.width = Math.ceil(viewport.width)
        canvas.height = Math.ceil(viewport.height)
        await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise
        pages.push(canvas.toDataURL('image/png'))
      }
      await pdf.loadingTask.destroy()
      return pages
    }, dpi / 72)
    return urls.map(url => Buffer.from(url.split(',')[1]!, 'base64'))
  }
  finally {
    await context.close()
  }
}

/** The share of pixels (0–1) that differ between two renderings of a page (pixelmatch, its default threshold); a page of another size differs wholly. */
export function pixelsChanged(a: Buffer, b: Buffer): number {
  const [one, two] = [PNG.sync.read(a), PNG.sync.read(b)]
  if (one.width !== two.width || one.height !== two.height)
    return 1
  return pixelmatch(one.data, two.data, undefined, one.width, one.height) / (one.width * one.height)
}

/**
 * For every page, the share of pixels (0–1) that differ from the page's most
 * common grey, rendered small (at `dpi`) by PDF.js. A blank page scores 0.
 */
export async function inkPerPage(file: string, browser: Browser, dpi = 20): Promise<number[]> {
  return (await renderPages(file, browser, dpi)).map((png) => {
    const { data } = PNG.sync.read(png)
    const counts = Array.from<number>({ length: 256 }).fill(0)
    for (let i = 0; i < data.length; i += 4)
      counts[Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!)]!++
    return 1 - Math.max(...counts) / (data.length / 4)
  })
}
