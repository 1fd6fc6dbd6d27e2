/**
 * In-page audits of one slide of the built deck, for page.evaluate(): each
 * function is self-contained (it runs in the browser, not in Node) and
 * returns plain findings that name the offending element by its text.
 *
 * Sizes are in canvas px: Slidev lays a slide out on a canvas 980 px wide
 * and scales `#slide-content` to the window, so a length measured on screen
 * is divided by that scale (and by any scale of the element itself, e.g. a
 * `<Transform>` or a Mermaid `scale`).
 */
/* eslint-disable e18e/prefer-static-regex -- these functions are serialised into the page: module-scope constants do not travel with them */

/** Slidev's canvas width in px (its default `canvasWidth`). */
export const CANVAS_WIDTH = 980

/**
 * The type floors, in canvas px (the canvas is about 980 × 552, close to a
 * 960 × 540 pt slide): any visible text (provenance tags, the source line,
 * the slide number, kickers, captions) 16; body text 24, the usual floor for
 * slide text read from the back of a room; quotes 28; headlines 36.
 */
export const MIN_TEXT_PX = 16

/** The floor for body text, in canvas px. */
export const MIN_BODY_PX = 24

/** The floor for a quotation's words (a quote card's text, an inline quote in body text follows the body). */
export const MIN_QUOTE_PX = 28

/** The floor for a slide's headline (its h1). */
export const MIN_HEADLINE_PX = 36

/**
 * What counts as body text: text whose nearest block is a paragraph, list
 * item, quotation, definition or table cell, and is not in the chrome or
 * marked as secondary (footer, caption, kicker, source line, the type
 * scale's `text-caption`/`text-small`, `<small>`, sub/superscripts). Those
 * secondary texts still obey the 14 px floor.
 */
export const BODY_BLOCKS = 'p, li, blockquote, dd, td'
export const NOT_BODY = 'footer, figcaption, .quote-caption, caption, small, sub, sup, .kicker, .source-line, .text-caption, .text-small, [data-secondary]'

/** The floor for any text inside a diagram (SVG), in canvas px: labels are as legible as body text. */
export const MIN_DIAGRAM_PX = 20

/** The share of a slide's content area a diagram must fill: the diagram is the slide. */
export const MIN_DIAGRAM_SHARE = 0.6

/** Tolerance in canvas px for layout measurements (sub-pixel rounding). */
export const LAYOUT_TOLERANCE_PX = 1

export interface Finding {
  /** The element's text (or tag, when it has none), shortened. */
  text: string
  /** What is wrong, with numbers. */
  problem: string
}

export interface LayoutFindings {
  outside: Finding[]
  clipped: Finding[]
}

export interface TypeFindings {
  tooSmall: Finding[]
  bodyTooSmall: Finding[]
  /** A quote card's words below the quote floor. */
  quoteTooSmall: Finding[]
  /** Headline text below the headline floor. */
  headlineTooSmall: Finding[]
  /** Text inside a diagram's SVG below the diagram floor. */
  diagramTooSmall: Finding[]
}

export interface AuditArgs {
  no: number
  canvasWidth: number
  tolerance: number
  minText: number
  minBody: number
  minQuote: number
  minHeadline: number
  minDiagram: number
  bodyBlocks: string
  notBody: string
}

/** Layout: elements outside the canvas or over the footer, and text boxes that clip their text. */
export function auditLayout(args: AuditArgs): LayoutFindings {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${args.no}`)
  if (!page)
    throw new Error(`no .slidev-page-${args.no} in the DOM`)
  const canvas = page.getBoundingClientRect()
  const scale = canvas.width / args.canvasWidth
  const label = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    return text ? (text.length > 70 ? `${text.slice(0, 67)}…` : text) : `<${el.tagName.toLowerCase()}>`
  }
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const findings: LayoutFindings = { outside: [], clipped: [] }
  const tol = args.tolerance * scale
  // The per-slide footer (slide-top.vue) is chrome: slide content must stay clear of it.
  const footer = page.querySelector(':scope > footer')?.getBoundingClientRect()
  const ownText = (el: Element) => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
  for (const el of page.querySelectorAll('*')) {
    if (!shown(el))
      continue
    const r = el.getBoundingClientRect()
    if (r.width / scale <= 1.01 || r.height / scale <= 1.01)
      continue // empty, a hairline, or visually hidden (sr-only)
    const over = {
      left: canvas.left - r.left,
      top: canvas.top - r.top,
      right: r.right - canvas.right,
      bottom: r.bottom - canvas.bottom,
    }
    const sides = Object.entries(over).filter(([, d]) => d > tol)
    if (sides.length) {
      findings.outside.push({
        text: label(el),
        problem: `<${el.tagName.toLowerCase()}> extends ${sides.map(([side, d]) => `${(d / scale).toFixed(0)} px past the ${side} edge`).join(', ')}`,
      })
    }
    if (footer && ownText(el) && !el.closest('footer')
      && r.bottom > footer.top + tol && r.top < footer.bottom - tol && r.right > footer.left + tol && r.left < footer.right - tol) {
      findings.outside.push({
        text: label(el),
        problem: `<${el.tagName.toLowerCase()}> runs ${((r.bottom - footer.top) / scale).toFixed(0)} px into the slide footer`,
      })
    }
    if (!(el instanceof HTMLElement) || !el.textContent?.trim())
      continue
    const style = getComputedStyle(el)
    const clips = el.classList.contains('slidev-layout')
      || style.overflowX !== 'visible' || style.overflowY !== 'visible'
      || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none'
    if (!clips)
      continue
    const dx = el.scrollWidth - el.clientWidth
    const dy = el.scrollHeight - el.clientHeight
    if (dx > args.tolerance || dy > args.tolerance) {
      findings.clipped.push({
        text: label(el),
        problem: `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> holds ${dx > args.tolerance ? `${dx} px more width` : ''}${dx > args.tolerance && dy > args.tolerance ? ' and ' : ''}${dy > args.tolerance ? `${dy} px more height` : ''} than it shows`,
      })
    }
  }
  return findings
}

/** Legibility: visible text below the floor, and body text below the body floor. */
export function auditType(args: AuditArgs): TypeFindings {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${args.no}`)
  if (!page)
    throw new Error(`no .slidev-page-${args.no} in the DOM`)
  const slide: HTMLElement = page
  const canvasScale = page.getBoundingClientRect().width / args.canvasWidth
  const findings: TypeFindings = { tooSmall: [], bodyTooSmall: [], quoteTooSmall: [], headlineTooSmall: [], diagramTooSmall: [] }
  const seen = new Set<Element>()

  /**
   * The element's scale relative to the canvas: the svg's own scale (viewBox
   * and CSS) for diagram text, else the product of CSS transforms and zoom
   * between the element and the slide.
   */
  function scaleInCanvas(el: Element): number {
    const svg = el instanceof SVGElement ? el : el.closest('svg')
    const ctm = svg instanceof SVGGraphicsElement ? svg.getScreenCTM() : null
    if (ctm)
      return Math.hypot(ctm.a, ctm.b) / canvasScale
    let scale = 1
    for (let box: Element | null = el; box && box !== slide; box = box.parentElement ?? (box.getRootNode() as ShadowRoot).host ?? null) {
      const style = getComputedStyle(box)
      if (style.transform !== 'none') {
        const m = new DOMMatrix(style.transform)
        scale *= Math.hypot(m.a, m.b)
      }
      scale *= Number.parseFloat(style.zoom) || 1
    }
    return scale
  }

  function visit(root: Node) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || seen.has(el) || !node.textContent?.trim())
        continue
      seen.add(el)
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const r = el.getBoundingClientRect()
      if (r.width / canvasScale <= 1.01 || r.height / canvasScale <= 1.01)
        continue // visually hidden (sr-only)
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      const px = size * scaleInCanvas(el)
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70)
      if (px < args.minText - 0.01)
        findings.tooSmall.push({ text, problem: `<${el.tagName.toLowerCase()}> text at ${px.toFixed(1)} canvas px (floor ${args.minText})` })
      const block = el.closest(args.bodyBlocks)
      if (block && slide.contains(block) && !el.closest(args.notBody) && px < args.minBody - 0.01)
        findings.bodyTooSmall.push({ text, problem: `body text in <${block.tagName.toLowerCase()}> at ${px.toFixed(1)} canvas px (body floor ${args.minBody})` })
      if (el.closest('.quote-text') && px < args.minQuote - 0.01)
        findings.quoteTooSmall.push({ text, problem: `quote at ${px.toFixed(1)} canvas px (quote floor ${args.minQuote})` })
      if (el.closest('h1') && px < args.minHeadline - 0.01)
        findings.headlineTooSmall.push({ text, problem: `headline at ${px.toFixed(1)} canvas px (headline floor ${args.minHeadline})` })
      if (el.closest('svg') && px < args.minDiagram - 0.01)
        findings.diagramTooSmall.push({ text, problem: `diagram label <${el.tagName.toLowerCase()}> at ${px.toFixed(1)} canvas px (diagram floor ${args.minDiagram})` })
    }
    for (const host of (root instanceof Element || root instanceof ShadowRoot ? root.querySelectorAll('*') : [])) {
      if (host.shadowRoot)
        visit(host.shadowRoot)
    }
  }
  visit(page)
  return findings
}

export interface DiagramInfo {
  /** Where the svg is: "shadow root" or "light DOM". */
  where: string
  name: string
  description: string
}

/**
 * Every diagram on the slide (any svg under `.mermaid` or inside a shadow
 * root) with its accessible name and description (empty when missing).
 */
export function auditDiagrams(no: number): DiagramInfo[] {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const text = (root: Document | ShadowRoot, ids: string | null) => (ids ?? '').split(/\s+/).map(id => id && root.getElementById(id)?.textContent?.trim()).filter(Boolean).join(' ')
  const describe = (svg: SVGSVGElement, root: Document | ShadowRoot, where: string): DiagramInfo => ({
    where,
    name: svg.getAttribute('aria-label')?.trim() || text(root, svg.getAttribute('aria-labelledby')) || svg.querySelector(':scope > title')?.textContent?.trim() || '',
    description: text(root, svg.getAttribute('aria-describedby')) || svg.querySelector(':scope > desc')?.textContent?.trim() || svg.getAttribute('aria-description')?.trim() || '',
  })
  const found: DiagramInfo[] = []
  for (const svg of page.querySelectorAll<SVGSVGElement>('.mermaid svg'))
    found.push(describe(svg, document, 'light DOM'))
  for (const host of page.querySelectorAll('*')) {
    const root = host.shadowRoot
    if (!root)
      continue
    for (const svg of root.querySelectorAll<SVGSVGElement>(':host > svg, svg:not(svg svg)'))
      found.push(describe(svg, root, 'shadow root'))
  }
  return found
}

export interface FocusStyle {
  outline: string
  boxShadow: string
}

/** Keyboard-focusable elements of the slide, labelled, in document order. */
export function focusables(no: number): string[] {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'
  return [...page.querySelectorAll<HTMLElement>(selector)]
    .filter(el => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility({ visibilityProperty: true }))
    .map((el, i) => {
      el.dataset.auditFocus = String(i)
      return `<${el.tagName.toLowerCase()}> ${(el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 60)}`
    })
}

/** The focused element's audit index (set by focusables()) and its focus ring, if it is on the slide. */
export function focusedOnSlide(): { index: number, style: FocusStyle } | null {
  const el = document.activeElement
  if (!(el instanceof HTMLElement) || el.dataset.auditFocus === undefined)
    return null
  const style = getComputedStyle(el)
  const outline = style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
  return { index: Number(el.dataset.auditFocus), style: { outline, boxShadow: style.boxShadow } }
}

/** Elements of the slide still animating or transitioning, and the slide transition length. */
export function motion(no: number): { moving: string[], transitionVar: string } {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  const moving: string[] = []
  for (const el of page ? [page, ...page.querySelectorAll('*')] : []) {
    const style = getComputedStyle(el)
    const long = (list: string) => list.split(',').some(d => Number.parseFloat(d) > 0)
    if ((long(style.transitionDuration) && style.transitionProperty !== 'none') || (style.animationName !== 'none' && long(style.animationDuration)))
      moving.push(`<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`)
  }
  const transitionVar = getComputedStyle(document.documentElement).getPropertyValue('--slidev-transition-duration').trim()
  return { moving, transitionVar }
}

export interface DiagramArea {
  /** The diagrams' share of the content area, 0 to 1. */
  share: number
  /** Content area and diagram box, in canvas px, for the failure message. */
  content: { width: number, height: number }
  diagram: { width: number, height: number }
}

/**
 * How much of the slide's content area its diagrams fill, or null when the
 * slide has none. Diagrams: the Mermaid SVGs in their shadow roots. The content area runs
 * from the headline's foot to the footer's top, between the layout's padding.
 */
export function auditDiagramArea(no: number): DiagramArea | null {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const svgs = [
    ...[...page.querySelectorAll('.mermaid')].flatMap(host => [...(host.shadowRoot?.querySelectorAll<SVGSVGElement>('svg:not(svg svg)') ?? [])]),
  ].filter(svg => svg.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
  if (!svgs.length)
    return null
  const scale = page.getBoundingClientRect().width / 980
  const layout = page.querySelector<HTMLElement>('.slidev-layout')!
  const box = layout.getBoundingClientRect()
  const style = getComputedStyle(layout)
  const headline = layout.querySelector('h1')?.getBoundingClientRect()
  const footer = page.querySelector(':scope > footer')?.getBoundingClientRect()
  const area = {
    left: box.left + Number.parseFloat(style.paddingLeft),
    right: box.right - Number.parseFloat(style.paddingRight),
    top: headline?.bottom ?? box.top + Number.parseFloat(style.paddingTop),
    bottom: footer?.top ?? box.bottom - Number.parseFloat(style.paddingBottom),
  }
  const rects = svgs.map(svg => svg.getBoundingClientRect())
  const diagram = {
    left: Math.max(area.left, Math.min(...rects.map(r => r.left))),
    right: Math.min(area.right, Math.max(...rects.map(r => r.right))),
    top: Math.max(area.top, Math.min(...rects.map(r => r.top))),
    bottom: Math.min(area.bottom, Math.max(...rects.map(r => r.bottom))),
  }
  const size = (r: typeof area) => ({ width: Math.max(0, r.right - r.left) / scale, height: Math.max(0, r.bottom - r.top) / scale })
  const content = size(area)
  const drawn = size(diagram)
  return { share: (drawn.width * drawn.height) / (content.width * content.height), content, diagram: drawn }
}

export interface DiagramGeometry {
  /** The diagram's accessible name (its accTitle), to say which one. */
  name: string
  /** Lines that run through a label or a box that is not their own. */
  crossings: string[]
  /** Labels that overlap a box or another label. */
  overlaps: string[]
  /** How many painted lines and labels were checked: a check of nothing is no check. */
  checked: { lines: number, labels: number, boxes: number }
}

/**
 * The geometry of every Mermaid diagram drawn on the slide (in its shadow
 * root), in screen px: no painted line may run through a label other than its
 * own (an edge's label sits on it, on a paper background) or through a box
 * (it starts and ends at one's border), and no label may overlap a box or
 * another label. Lines and labels that are laid out but not painted (a hop
 * not yet lit) are left out.
 */
export function auditDiagramGeometry(no: number): DiagramGeometry[] {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  /** Sample spacing along a line, and how far from its ends a line may touch a box, in svg units. */
  const STEP = 3
  const END = 10
  const SHRINK = 1.5
  const painted = (el: Element) => Number.parseFloat(getComputedStyle(el).opacity) > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const clear = (el: Element) => {
    const color = getComputedStyle(el).color
    return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color)
  }
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
  const inside = (p: { x: number, y: number }, r: DOMRect, shrink = SHRINK) => p.x > r.left + shrink && p.x < r.right - shrink && p.y > r.top + shrink && p.y < r.bottom - shrink
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - SHRINK && b.left < a.right - SHRINK && a.top < b.bottom - SHRINK && b.top < a.bottom - SHRINK
  const results: DiagramGeometry[] = []
  for (const host of page.querySelectorAll('.mermaid')) {
    const svg = host.shadowRoot?.querySelector<SVGSVGElement>('svg')
    if (!svg)
      continue
    interface Label { id?: string, what: string, box: DOMRect }
    const labels: Label[] = [
      ...[...svg.querySelectorAll('g.edgeLabel > g.label')].flatMap((g) => {
        const span = g.querySelector('span.edgeLabel') ?? g
        return text(g) && painted(g) && !clear(span) ? [{ id: g.getAttribute('data-id') ?? undefined, what: `label "${text(g)}"`, box: span.getBoundingClientRect() }] : []
      }),
      ...[...svg.querySelectorAll('text.messageText')].filter(t => text(t)).map(t => ({ what: `message "${text(t)}"`, box: t.getBoundingClientRect() })),
      ...[...svg.querySelectorAll('g.cluster-label')].filter(t => text(t)).map(t => ({ what: `cluster title "${text(t)}"`, box: t.getBoundingClientRect() })),
    ]
    const boxes: Label[] = [
      ...Array.from(svg.querySelectorAll('g.node'), n => ({ what: `box "${text(n)}"`, box: (n.querySelector('.label-container, rect, polygon') ?? n).getBoundingClientRect() }))
        .filter(b => b.box.width > 0 && !b.what.endsWith('""')),
      ...Array.from(svg.querySelectorAll('rect.actor'), r => ({ what: `participant "${text(r.parentElement!)}"`, box: r.getBoundingClientRect() })),
    ]
    const strokes = [...svg.querySelectorAll<SVGGeometryElement>('path.flowchart-link, line[class^="messageLine"]')].filter(painted)
    const crossings = new Set<string>()
    for (const stroke of strokes) {
      const id = stroke.getAttribute('data-id') ?? undefined
      const ctm = stroke.getScreenCTM()!
      const length = stroke.getTotalLength()
      for (let at = 0; at <= length; at += STEP) {
        const point = new DOMPoint(stroke.getPointAtLength(at).x, stroke.getPointAtLength(at).y).matrixTransform(ctm)
        for (const label of labels) {
          if ((!id || label.id !== id) && inside(point, label.box))
            crossings.add(`line ${id ?? text(stroke.parentElement!)} runs through ${label.what}`)
        }
        if (at > END && at < length - END) {
          for (const box of boxes) {
            if (inside(point, box.box, 3))
              crossings.add(`line ${id ?? ''} runs through ${box.what}`)
          }
        }
      }
    }
    const overlaps = new Set<string>()
    labels.forEach((label, i) => {
      for (const box of boxes) {
        if (overlap(label.box, box.box))
          overlaps.add(`${label.what} overlaps ${box.what}`)
      }
      for (const other of labels.slice(i + 1)) {
        if (overlap(label.box, other.box))
          overlaps.add(`${label.what} overlaps ${other.what}`)
      }
    })
    results.push({
      name: svg.getAttribute('aria-label') ?? '(no name)',
      crossings: [...crossings],
      overlaps: [...overlaps],
      checked: { lines: strokes.length, labels: labels.length, boxes: boxes.length },
    })
  }
  return results
}

export interface ContrastFinding {
  diagram: string
  /** The text, or "line …" for a painted line. */
  what: string
  ratio: number
  floor: number
}

/**
 * Contrast inside every Mermaid diagram of the slide, as drawn in the current
 * colour scheme: each label's text against what is behind it (its box's fill,
 * its edge label's background, or the page), at least 4.5:1 (WCAG 1.4.3);
 * each painted line and box border against the page, at least 3:1 (WCAG
 * 1.4.11). Colours are read from computed styles, so the palette's light and
 * dark values are what is measured.
 */
export function auditDiagramContrast(no: number): ContrastFinding[] {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const parse = (color: string): [number, number, number, number] | null => {
    const m = color.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?\)/)
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null
  }
  const luminance = ([r, g, b]: number[]) => {
    const c = [r!, g!, b!].map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!
  }
  const ratio = (a: number[], b: number[]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (l1! + 0.05) / (l2! + 0.05)
  }
  const paper = parse(getComputedStyle(page.querySelector('.slidev-layout') ?? page).backgroundColor)!
  const opaque = (color: string | undefined) => {
    const c = color ? parse(color) : null
    return c && c[3] > 0 ? c : null
  }
  const findings: ContrastFinding[] = []
  for (const host of page.querySelectorAll('.mermaid')) {
    const svg = host.shadowRoot?.querySelector<SVGSVGElement>('svg')
    if (!svg)
      continue
    const diagram = svg.getAttribute('aria-label') ?? '(no name)'
    const texts = [...svg.querySelectorAll<HTMLElement | SVGTextElement>('.nodeLabel p, .edgeLabel p, .cluster-label span, text')]
      .filter(el => el.textContent?.trim() && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    for (const el of texts) {
      const style = getComputedStyle(el)
      const fg = opaque(el instanceof SVGElement ? style.fill : style.color)
      if (!fg)
        continue // a label laid out but not painted (a hop not yet lit)
      const node = el.closest('g.node')?.querySelector('.label-container, rect, polygon')
      const behind = opaque(node ? getComputedStyle(node).fill : undefined)
        ?? opaque(el.closest('.labelBkg, .edgeLabel') ? getComputedStyle(el.closest('.labelBkg') ?? el.closest('.edgeLabel')!).backgroundColor : undefined)
        ?? paper
      const r = ratio(fg, behind)
      if (r < 4.5)
        findings.push({ diagram, what: (el.textContent ?? '').trim().slice(0, 40), ratio: Number(r.toFixed(2)), floor: 4.5 })
    }
    const strokes = [...svg.querySelectorAll<SVGElement>('path.flowchart-link, line[class^="messageLine"], g.node .label-container')]
      .filter(el => Number.parseFloat(getComputedStyle(el).opacity) > 0)
    for (const el of strokes) {
      const color = opaque(getComputedStyle(el).stroke)
      if (!color)
        continue // a box drawn without a border (a row's title)
      const r = ratio(color, paper)
      if (r < 3)
        findings.push({ diagram, what: `line ${el.getAttribute('data-id') ?? el.closest('g.node')?.textContent?.trim().slice(0, 30) ?? ''}`, ratio: Number(r.toFixed(2)), floor: 3 })
    }
  }
  return findings
}

/** The share of the band a slide's evidence must cover, top to bottom. */
export const MIN_FILL = 0.75

/** How far off centre (a share of the band) a deliberately centred slide may sit. */
export const CENTRE_TOLERANCE = 0.1

export interface FillFindings {
  /** Height of the band between the headline and the footer rule, in canvas px. */
  band: number
  /** Share of it that the evidence covers, from its top to its bottom (0 to 1). */
  fill: number
  /** Room left above and below the evidence, in canvas px. */
  above: number
  below: number
}

/**
 * How much of the band between the headline (or the top padding, with none)
 * and the footer rule (or the bottom padding) the slide's evidence covers:
 * from the top of the first thing drawn under the headline to the bottom of
 * the last. What counts as drawn: text, diagrams, and ruled boxes (a quote's
 * or a fact's rule); not the kicker or the headline.
 */
export function auditFill(no: number): FillFindings {
  const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  if (!page)
    throw new Error(`no .slidev-page-${no} in the DOM`)
  const scale = page.getBoundingClientRect().width / 980
  const layout = page.querySelector<HTMLElement>('.slidev-layout')!
  const style = getComputedStyle(layout)
  // A cover has no band under a headline: the whole canvas inside its margins is what it fills.
  const cover = layout.classList.contains('cover')
  const headline = cover ? null : layout.querySelector(':scope > h1')
  const footer = page.querySelector(':scope > footer')?.getBoundingClientRect()
  const box = layout.getBoundingClientRect()
  const top = headline ? headline.getBoundingClientRect().bottom : box.top + Number.parseFloat(style.paddingTop)
  const bottom = footer?.top ?? box.bottom - Number.parseFloat(style.paddingBottom)
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  const take = (r: DOMRect) => {
    if (r.width < 1 || r.height < 1 || r.bottom <= top || r.top >= bottom)
      return
    first = Math.min(first, Math.max(r.top, top))
    last = Math.max(last, Math.min(r.bottom, bottom))
  }
  const skip = (el: Element) => el.closest(cover ? '.sr-only, footer' : '.kicker, h1, .sr-only, footer') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  for (const el of layout.querySelectorAll('*')) {
    if (skip(el))
      continue
    const own = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
    const ruled = Number.parseFloat(getComputedStyle(el).borderLeftWidth) > 0 || Number.parseFloat(getComputedStyle(el).borderTopWidth) > 0
    if (own || ruled)
      take(el.getBoundingClientRect())
    const svg = (el as HTMLElement).shadowRoot?.querySelector('svg')
    if (svg)
      take(svg.getBoundingClientRect())
  }
  const band = (bottom - top) / scale
  if (first === Number.POSITIVE_INFINITY)
    return { band, fill: 0, above: band, below: 0 }
  return { band, fill: (last - first) / (bottom - top), above: (first - top) / scale, below: (bottom - last) / scale }
}
