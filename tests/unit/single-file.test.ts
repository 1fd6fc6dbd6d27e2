import { describe, expect, it } from 'vitest'
import { packageOf } from '../../scripts/build-single.mjs'
import { drawnDiagramsOnly } from '../../scripts/lib/single-file.mjs'
import { deckDiagramSources, diagramType } from '../support/diagramSources'
import { externalReferences } from '../support/single-file'

const CARRIED = /^(?:flowchart|graph|sequenceDiagram)\b/

describe('drawnDiagramsOnly', () => {
  const code = [
    'const a = () => import("./chunks/mermaid.esm/flowDiagram-46BLCNT5.mjs");',
    'const b = () => import("./dagre-VDPKY7UI.mjs");',
    'const s = () => import("./chunks/mermaid.esm/sequenceDiagram-GFYGJ477.mjs");',
    'const c = () => import("./chunks/mermaid.esm/c4Diagram-PVL2EYUU.mjs");',
    'const d = () => import("./katex-HNBAO5SE.mjs");',
  ].join('\n')

  it('keeps the imports the deck\'s flowcharts and sequence diagrams need and turns every other into a rejected promise', () => {
    const out = drawnDiagramsOnly(code)
    expect(out).toContain('import("./chunks/mermaid.esm/flowDiagram-46BLCNT5.mjs")')
    expect(out).toContain('import("./dagre-VDPKY7UI.mjs")')
    expect(out).toContain('import("./chunks/mermaid.esm/sequenceDiagram-GFYGJ477.mjs")')
    expect(out).not.toContain('import("./chunks/mermaid.esm/c4Diagram')
    expect(out).not.toContain('import("./katex')
    expect(out.match(/Promise\.reject\(new Error\("[^"]+ \(a diagram type the deck does not draw\)"\)\)/g)).toHaveLength(2)
  })

  it('leaves code without dynamic imports unchanged', () => {
    expect(drawnDiagramsOnly('export const x = 1')).toBe('export const x = 1')
  })
})

describe('the deck\'s diagrams', () => {
  it('are all flowcharts or sequence diagrams, the Mermaid types the single file carries', () => {
    const sources = deckDiagramSources()
    expect(sources.length, 'Mermaid sources').toBeGreaterThan(0)
    const others = sources.filter(({ code }) => !CARRIED.test(diagramType(code)))
    expect(others.map(source => source.where), 'diagrams of another type: keep their chunk in MERMAID_KEEP (scripts/lib/single-file.mjs)').toEqual([])
  })
})

describe('packageOf', () => {
  it('names the innermost package, scoped or not, and the deck\'s own files', () => {
    expect(packageOf('/p/node_modules/@slidev/client/modules/mermaid.ts')).toBe('@slidev/client')
    expect(packageOf('/p/node_modules/a/node_modules/yaml/dist/index.js')).toBe('yaml')
    expect(packageOf('/p/components/RequestRouter.vue')).toBe('(deck)')
    expect(packageOf('/@slidev/setups/mermaid')).toBe('(slidev virtual)')
  })
})

describe('externalReferences', () => {
  it('lists scripts, stylesheets and CSS urls that are not data: URLs', () => {
    const html = '<script type="module" src="./index-1.js"></script><link rel="stylesheet" href="style.css">'
      + '<style>@font-face{src:url(https://fonts.example/a.woff2)}</style>'
    expect(externalReferences(html)).toEqual(['<script> ./index-1.js', '<link> style.css', 'css https://fonts.example/a.woff2'])
  })

  it('accepts inline code, data: URLs and links, and ignores markup inside scripts', () => {
    const html = '<link rel="icon" href="data:image/svg+xml;base64,AA"><style>a{background:url(data:image/png;base64,AA)}</style>'
      + '<a href="https://elpais.com">El País</a><script type="module">const t = \'<img src="x.png">\'</script>'
    expect(externalReferences(html)).toEqual([])
  })
})
