import { readFileSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'
import { OPS } from 'unpdf/pdfjs'

/*
 * The PDF.js that unpdf bundles (the same the other PDF tests read with)
 * copies buffers with ArrayBuffer.prototype.transferToFixedLength, which
 * Node 20 does not have (21 does): reading the operators of a page with an
 * image or an embedded font would fail. A copy does what it needs.
 */
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  // eslint-disable-next-line no-extend-native -- a polyfill of a standard method Node 20 lacks, for this test helper only
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length?: number) {
      return this.slice(0, length ?? this.byteLength)
    },
  })
}

/**
 * What a PDF says to assistive technology, read with Mozilla's PDF.js (as
 * unpdf bundles it): the machine-checkable conditions of
 * the Matterhorn Protocol (PDF/UA-1) that the deck's tests hold it to.
 */
export interface StructNode {
  role: string
  alt?: string
  children: StructNode[]
}

export interface PageAccessibility {
  /** The page's structure tree under its root, or null when it has none. */
  tree: StructNode | null
  /** Headings, in reading order: H1, H2… */
  headings: string[]
  /** Each Figure's /Alt (empty when it has none). */
  figures: string[]
  /** Link tags in the structure, and link annotations with their /Contents. */
  linkTags: number
  links: { url: string, contents: string }[]
  /** Painting operations outside any marked content: each must be an artifact or tagged. */
  unmarkedPaint: number
  /** Marked content with an MCID (tagged) inside an artifact, and artifacts inside tagged content. */
  taggedInArtifact: number
  artifactInTagged: number
  /** Text a screen reader reads: in tagged content other than a figure's (a figure is read by its /Alt). */
  readText: string
}

export interface PdfAccessibility {
  marked: boolean
  lang: string
  title: string
  displayDocTitle: boolean
  xmp: { part: string, title: string }
  outline: number
  pages: PageAccessibility[]
}

const HEADING = /^H\d$/

const PAINT = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.shadingFill,
])

function walk(node: { role?: string, alt?: string, children?: unknown[] } | null): StructNode | null {
  if (!node?.role)
    return null
  return { role: node.role, alt: node.alt, children: (node.children ?? []).map(child => walk(child as never)).filter((c): c is StructNode => c !== null) }
}

function flat(node: StructNode | null): StructNode[] {
  return node ? [node, ...node.children.flatMap(flat)] : []
}

export async function pdfAccessibility(file: string): Promise<PdfAccessibility> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)), { verbosity: 0 })
  try {
    const meta = await pdf.getMetadata()
    const info = meta.info as { Language?: string, Title?: string }
    const prefs = (await pdf.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null
    const pages: PageAccessibility[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const tree = walk(await page.getStructTree() as never)
      const nodes = flat(tree)
      const list = await page.getOperatorList()
      let unmarkedPaint = 0
      let taggedInArtifact = 0
      let artifactInTagged = 0
      const stack: ('artifact' | 'tagged' | 'other')[] = []
      list.fnArray.forEach((fn, i) => {
        const args = list.argsArray[i] as unknown[]
        if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
          const tag = String(args[0] ?? '')
          const props = args[1] as { mcid?: number } | null | undefined
          const kind = tag === 'Artifact' ? 'artifact' : (props && typeof props === 'object' && 'mcid' in props) || fn === OPS.beginMarkedContentProps ? 'tagged' : 'other'
          if (kind === 'tagged' && stack.includes('artifact'))
            taggedInArtifact++
          if (kind === 'artifact' && stack.includes('tagged'))
            artifactInTagged++
          stack.push(kind)
        }
        else if (fn === OPS.endMarkedContent) {
          stack.pop()
        }
        else if (stack.length === 0 && (PAINT.has(fn) || (fn === OPS.constructPath && PAINT.has((args as number[])[0]!)))) {
          unmarkedPaint++
        }
      })
      const content = await page.getTextContent({ includeMarkedContent: true })
      const open: ({ tag: string, tagged: boolean })[] = []
      let readText = ''
      for (const item of content.items as ({ type?: string, tag?: string, id?: string, str?: string })[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          open.push({ tag: item.tag ?? '', tagged: Boolean(item.id) })
        else if (item.type === 'endMarkedContent')
          open.pop()
        else if (item.str && open.some(mc => mc.tagged) && !open.some(mc => mc.tag === 'Artifact' || mc.tag === 'Figure'))
          readText += `${item.str} `
      }
      const annotations = await page.getAnnotations()
      pages.push({
        tree,
        headings: nodes.filter(node => HEADING.test(node.role)).map(node => node.role),
        figures: nodes.filter(node => node.role === 'Figure').map(node => node.alt ?? ''),
        linkTags: nodes.filter(node => node.role === 'Link').length,
        links: annotations.filter(a => a.subtype === 'Link').map(a => ({ url: String(a.url ?? a.dest ?? ''), contents: String(a.contentsObj?.str ?? a.contents ?? '') })),
        unmarkedPaint,
        taggedInArtifact,
        artifactInTagged,
        readText,
      })
    }
    const xmp = meta.metadata
    return {
      marked: Boolean((await pdf.getMarkInfo())?.Marked),
      lang: info.Language ?? '',
      title: info.Title ?? '',
      displayDocTitle: Boolean(prefs?.DisplayDocTitle),
      xmp: { part: String(xmp?.get('pdfuaid:part') ?? ''), title: String(xmp?.get('dc:title') ?? '') },
      outline: (await pdf.getOutline())?.length ?? 0,
      pages,
    }
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}
