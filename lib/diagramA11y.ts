/**
 * Makes a diagram Mermaid drew a figure to assistive technology. Mermaid gives
 * its SVG `role="graphics-document document"`, a <title> (accTitle) and a
 * <desc> (accDescr); Chromium exposes such an SVG as loose text, label by
 * label. As `role="img"` it is one image whose accessible name is the title
 * and whose description is the desc (both still referenced by id), and whose
 * labels are not read a second time: Chromium still exposes an image's SVG
 * <text> (a sequence diagram's labels) as nodes of their own, so every label
 * element is hidden from assistive technology, which reads the title and the
 * description instead. `aria-label` repeats the title, because Chromium's
 * tagged PDF takes a figure's alternate text from it.
 */

const SVG_OPEN = /<svg\b[^>]*>/
const TITLE = /<title\b[^>]*>([^<]*)<\/title>/
const ROLE = /\srole="[^"]*"/
const ROLE_DESCRIPTION = /\saria-roledescription="[^"]*"/
const ARIA_LABEL = /\saria-label="[^"]*"/
/** Elements that carry a label's text: SVG text (sequence diagrams) and HTML labels (flowcharts). */
const LABEL_OPEN = /<(text|foreignObject)\b/g
const SVG_START = /^<svg/

const DESC = /<desc\b[^>]*>([^<]*)<\/desc>/
const END_PUNCTUATION = /[.:]$/
const LABELLED_BY = /\saria-labelledby="[^"]*"/

/**
 * The SVG markup with `role="img"` and `aria-label` (the title) on its root;
 * throws when it has no title. `withDescription` (for print: the tagged PDF's
 * figure takes its alternate text from the accessible name alone) makes the
 * label the title and the description together.
 */
export function asFigure(svg: string, { withDescription = false }: { withDescription?: boolean } = {}): string {
  const open = svg.match(SVG_OPEN)?.[0]
  if (!open)
    throw new Error('asFigure: no <svg> element in Mermaid\'s output')
  const title = svg.match(TITLE)?.[1]?.trim()
  if (!title)
    throw new Error('asFigure: the diagram has no accTitle, so it would have no accessible name')
  const desc = svg.match(DESC)?.[1]?.trim()
  const label = (withDescription && desc ? `${title.replace(END_PUNCTUATION, '')}. ${desc}` : title).replaceAll('"', '&quot;')
  // On paper the name must be the label: a labelledby (the title alone) would win over it.
  const figure = (withDescription ? open.replace(LABELLED_BY, '') : open)
    .replace(ROLE, '')
    .replace(ROLE_DESCRIPTION, '')
    .replace(ARIA_LABEL, '')
    .replace(SVG_START, `<svg role="img" aria-label="${label}"`)
  return svg.replace(open, figure).replace(LABEL_OPEN, '<$1 aria-hidden="true"')
}
