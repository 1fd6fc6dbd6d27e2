import { Buffer } from 'node:buffer'
// @ts-check
/**
 * What Chromium's tagged PDF leaves out, added after `slidev export` (by
 * scripts/export.mjs, on every PDF it writes), with pdf-lib. Towards PDF/UA-1
 * (ISO 14289-1); it declares that intent and no more (no validator runs here).
 *
 * - XMP metadata with `pdfuaid:part` 1, `dc:title` and `dc:language`;
 * - `/DisplayDocTitle true` (the window shows the deck's title, not a file name);
 * - `/Contents` on every link annotation (what the link is, for a screen reader);
 * - every painted thing outside marked content marked `/Artifact`: Chromium
 *   paints backgrounds, rules and decoration outside any marked content, and
 *   a PDF/UA reader must be told they are not content. Tagged content and
 *   what is already marked are left exactly as they are; the marks change
 *   nothing that is drawn.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'

const WHITE = new Set([0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20])
const DELIMITER = new Set(Array.from('()<>[]{}/%', c => c.charCodeAt(0)))
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
/** The end of an inline image's data: EI after white space, before white space or the end. */
const END_IMAGE = /\sEI(?=\s|$)/

/**
 * One instruction of a content stream: its operator, and its source text
 * from the first operand to the operator (both included).
 * @typedef {{ op: string, text: string }} Instruction
 */

/**
 * Splits a content stream (as latin1 text) into instructions. Handles
 * strings with nesting and escapes, hex strings, dictionaries, arrays,
 * names, comments, and inline images (BI … ID … EI) as one instruction.
 * @param {string} source
 * @returns {Instruction[]} the instructions, in order
 */
export function instructions(source) {
  /** @type {Instruction[]} */
  const out = []
  let start = -1
  let i = 0
  const n = source.length
  const code = (/** @type {number} */ at) => source.charCodeAt(at)
  while (i < n) {
    const c = code(i)
    if (WHITE.has(c)) {
      i++
      continue
    }
    if (c === 0x25) { // % comment
      while (i < n && code(i) !== 0x0A && code(i) !== 0x0D) i++
      continue
    }
    if (start < 0)
      start = i
    if (c === 0x28) { // ( string )
      let depth = 0
      for (; i < n; i++) {
        const d = code(i)
        if (d === 0x5C) {
          i++
          continue
        }
        if (d === 0x28)
          depth++
        else if (d === 0x29 && --depth === 0)
          break
      }
      i++
      continue
    }
    if (c === 0x3C && code(i + 1) !== 0x3C) { // <hex>
      i = source.indexOf('>', i) + 1
      continue
    }
    if (c === 0x3C || c === 0x3E) { // << or >>
      i += 2
      continue
    }
    if (c === 0x5B || c === 0x5D || c === 0x7B || c === 0x7D) {
      i++
      continue
    }
    if (c === 0x2F) { // /Name
      i++
      while (i < n && !WHITE.has(code(i)) && !DELIMITER.has(code(i))) i++
      continue
    }
    let j = i
    while (j < n && !WHITE.has(code(j)) && !DELIMITER.has(code(j))) j++
    const word = source.slice(i, j)
    i = j
    if (NUMBER.test(word) || word === 'true' || word === 'false' || word === 'null')
      continue
    if (word === 'BI') {
      const data = source.indexOf('ID', i)
      const end = source.slice(data).search(END_IMAGE)
      i = data + end + 3
      out.push({ op: 'BI', text: source.slice(start, i) })
      start = -1
      continue
    }
    out.push({ op: word, text: source.slice(start, i) })
    start = -1
  }
  return out
}

const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're'])
const CLIP = new Set(['W', 'W*'])
const PAINT_PATH = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'])
const SHOW_TEXT = new Set(['Tj', 'TJ', '\'', '"'])
const PAINT_OTHER = new Set(['Do', 'sh', 'BI'])

/**
 * The content stream with every painting operation that is outside marked
 * content wrapped as an artifact: a whole path object (construction, clip,
 * paint), a text-showing operator, an XObject, a shading, an inline image.
 * @param {string} source content stream, latin1
 * @returns {{ text: string, wrapped: number }} the new stream and how many objects were marked
 */
export function markArtifacts(source) {
  const list = instructions(source)
  /** @type {string[]} */
  const out = []
  let depth = 0
  let wrapped = 0
  /** @type {string[]} */
  let path = []
  const artifact = (/** @type {string} */ text) => {
    wrapped++
    return `/Artifact BMC\n${text}\nEMC`
  }
  for (const { op, text } of list) {
    if (op === 'BMC' || op === 'BDC')
      depth++
    else if (op === 'EMC')
      depth = Math.max(0, depth - 1)
    if (PATH.has(op) || (CLIP.has(op) && path.length)) {
      path.push(text)
      continue
    }
    if (path.length) {
      const object = [...path, text].join('\n')
      path = []
      out.push(depth === 0 && PAINT_PATH.has(op) ? artifact(object) : object)
      continue
    }
    out.push(depth === 0 && (SHOW_TEXT.has(op) || PAINT_OTHER.has(op)) ? artifact(text) : text)
  }
  out.push(...path)
  return { text: out.join('\n'), wrapped }
}

const XML_SPECIAL = /[&<>]/g
const XML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const escapeXml = (/** @type {string} */ s) => s.replace(XML_SPECIAL, c => XML_ENTITY[/** @type {'&' | '<' | '>'} */ (c)])

/**
 * The XMP packet: PDF/UA-1 identification, the title and the language.
 * @param {{ title: string, lang: string, producer: string }} meta
 */
export function xmpPacket({ title, lang, producer }) {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdfuaid:part>1</pdfuaid:part>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>
<dc:format>application/pdf</dc:format>
<pdf:Producer>${escapeXml(producer)}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

/**
 * Finishes a tagged PDF in place (see the top of this file).
 * @param {string} file
 * @param {{ title: string, lang: string }} meta the deck's title and language (BCP 47)
 * @returns {Promise<{ artifacts: number, links: number }>} what was marked
 */
export async function finishPdf(file, { title, lang }) {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const { context, catalog } = pdf
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setLanguage(lang)
  const producer = 'Chromium (tagged), pdf-lib, scripts/lib/pdf-ua.mjs'
  pdf.setProducer(producer)
  // XMP is UTF-8 (the title has dashes and accents), uncompressed, as PDF/UA readers expect.
  const xmp = context.stream(new Uint8Array(Buffer.from(xmpPacket({ title, lang, producer }), 'utf8')), { Type: 'Metadata', Subtype: 'XML' })
  catalog.set(PDFName.of('Metadata'), context.register(xmp))
  let artifacts = 0
  let links = 0
  for (const page of pdf.getPages()) {
    // The references, not what they point to: the replaced streams are deleted by reference below.
    const entry = page.node.get(PDFName.of('Contents'))
    const list = entry instanceof PDFRef ? context.lookup(entry) : entry
    const streams = list instanceof PDFArray ? list.asArray() : entry ? [entry] : []
    const parts = streams.map((ref) => {
      const stream = context.lookup(ref)
      if (!(stream instanceof PDFRawStream))
        throw new Error('finishPdf: a content stream pdf-lib cannot read raw')
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
    })
    const marked = markArtifacts(parts.join('\n'))
    artifacts += marked.wrapped
    page.node.set(PDFName.of('Contents'), context.register(context.flateStream(Buffer.from(marked.text, 'latin1'))))
    // pdf-lib writes every object it holds: the streams replaced go, or the file carries both.
    for (const ref of streams) {
      if (ref instanceof PDFRef)
        context.delete(ref)
    }
    const annots = page.node.Annots()
    for (const ref of annots?.asArray() ?? []) {
      const annot = context.lookup(ref)
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link')
        continue
      const action = annot.lookup(PDFName.of('A'))
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined
      const target = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : 'a place in this document'
      annot.set(PDFName.of('Contents'), PDFString.of(`Link to ${target}`))
      links++
    }
  }
  writeFileSync(file, await pdf.save())
  return { artifacts, links }
}
