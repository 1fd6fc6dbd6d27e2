// @ts-check
/**
 * The Vite settings of `npm run build:single` (scripts/build-single.mjs) and of
 * nothing else: vite.config.ts applies them only when the SINGLE_FILE_ENV
 * variable is set, which that script alone does. They make Slidev's build one
 * self-contained HTML file that opens from file://:
 *
 * - vite-plugin-singlefile inlines every script and style into index.html,
 *   with code splitting off (every dynamic import is bundled in);
 * - Slidev's own `manualChunks` / `chunkFileNames` are removed, because
 *   Rolldown refuses manual chunks once code splitting is off;
 * - fonts: each `@fontsource/<family>/<weight>.css` import of styles/ is
 *   served as its latin subset only, in WOFF2 only (no WOFF fallback), so the
 *   file carries one font file per face the deck uses;
 * - Mermaid: only the diagram types the deck draws (flowchart with its dagre
 *   layout, sequence diagram) are kept; every other diagram type, layout and
 *   KaTeX are dynamic imports in Mermaid's dist, replaced by a rejected
 *   promise, so they are not bundled;
 * - the favicon link becomes a data: URL and public/ is not copied; Slidev's
 *   logo in its info dialog is its SVG (3.5 KB) instead of its PNG (94 KB);
 * - `reportTo`: a JSON file that receives what the JS is made of (see
 *   `ModuleReport`), for the build script's size report.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { viteSingleFile } from 'vite-plugin-singlefile'

/** Set (to "1") by scripts/build-single.mjs; vite.config.ts reads it. */
export const SINGLE_FILE_ENV = 'DECK_SINGLE_FILE'
/** Where the plugin writes its module report (set by scripts/build-single.mjs). */
export const REPORT_ENV = 'DECK_SINGLE_FILE_REPORT'

const FONTSOURCE_FACE = /^@fontsource\/([\w-]+)\/(\d{3}(?:-italic)?)\.css$/
const FONTSOURCE_CSS = /\/@fontsource\/[\w-]+\/[\w-]+\.css$/
const WOFF_FALLBACK = /,\s*url\([^)]+\.woff\)\s*format\(["']woff["']\)/g
const MERMAID_DIST = /\/node_modules\/mermaid\/dist\/.+\.mjs$/
const DYNAMIC_IMPORT = /\bimport\(\s*"(\.{1,2}\/[^"]+\.mjs)"\s*\)/g
/** Mermaid's lazily loaded files the deck's diagrams need: flowchart (with the dagre layout and label measuring) and sequence diagram. */
const MERMAID_KEEP = /\/(?:flowDiagram|dagre|sizeCapture|sequenceDiagram)-[\w-]+\.mjs$/
const SLIDEV_LOGO_PNG = /^\.\.\/assets\/logo\.png$/
const FAVICON_LINK = /(<link\s+rel="icon"\s+href=")([^"]+)(")/
const BODY_OPEN = /<body\b[^>]*>/
/**
 * First in <body>: decodes every font face of the inlined CSS and keeps the
 * app hidden until they are in (at most a second), so its first frame is
 * drawn in the deck's fonts, not in a fallback that the fonts then replace,
 * moving the text (a layout shift). The app's script is busy on the main
 * thread meanwhile: starting the decode early is not enough. (The build
 * leaves it out of the page it captures slide 1's placeholder from, which
 * keeps the faces slide 1 drew with: those the page loaded.)
 */
export const LOAD_FONTS = [
  '<style>html.deck-fonts-wait #app{visibility:hidden}</style>',
  '<script>(function () {',
  'var root = document.documentElement; var faces = []',
  'root.classList.add(\'deck-fonts-wait\')',
  'document.fonts.forEach(function (face) { faces.push(face.load().catch(function () {})) })',
  'function show() { root.classList.remove(\'deck-fonts-wait\') }',
  'Promise.all(faces).then(show); setTimeout(show, 1000)',
  '})()</script>',
].join('\n')
const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' }

/**
 * What the bundled JavaScript is made of: rendered (pre-minification)
 * characters per module id, summed over chunks.
 * @typedef {Record<string, number>} ModuleReport
 */

/**
 * Replaces Mermaid's dynamic imports of what the deck's diagrams do not need
 * with a rejected promise; returns the code unchanged when nothing matches.
 * @param {string} code
 */
export function drawnDiagramsOnly(code) {
  return code.replace(DYNAMIC_IMPORT, (call, path) => MERMAID_KEEP.test(`/${path}`)
    ? call
    : `Promise.reject(new Error(${JSON.stringify(`${path}: not in the single-file build (a diagram type the deck does not draw)`)}))`)
}

/**
 * @param {{ publicDir: string, reportTo?: string }} options
 * @returns {import('vite').UserConfig} the config to merge into Slidev's
 */
export function singleFileConfig({ publicDir, reportTo }) {
  return {
    resolve: {
      alias: [
        { find: FONTSOURCE_FACE, replacement: '@fontsource/$1/latin-$2.css' },
        // The "Powered by" mark of Slidev's info dialog, drawn 20 px wide: its own SVG, not a 94 KB PNG.
        { find: SLIDEV_LOGO_PNG, replacement: '../assets/logo.svg' },
      ],
    },
    build: { copyPublicDir: false, modulePreload: false },
    plugins: [
      {
        name: 'deck:single-file',
        enforce: 'pre',
        configResolved(config) {
          const outputs = [config.build.rollupOptions.output ?? []].flat()
          for (const output of outputs) {
            delete output.manualChunks
            delete output.chunkFileNames
          }
        },
        transform(code, id) {
          if (FONTSOURCE_CSS.test(id))
            return code.replace(WOFF_FALLBACK, '')
          if (MERMAID_DIST.test(id))
            return drawnDiagramsOnly(code)
          return null
        },
        transformIndexHtml(html) {
          return html.replace(FAVICON_LINK, (link, start, href, end) => {
            const type = MIME[/** @type {keyof typeof MIME} */ (extname(href))]
            if (!type || href.includes(':'))
              return link
            const data = readFileSync(join(publicDir, href)).toString('base64')
            return `${start}data:${type};base64,${data}${end}`
          }).replace(BODY_OPEN, open => `${open}${LOAD_FONTS}`)
        },
        generateBundle(_options, bundle) {
          if (!reportTo)
            return
          /** @type {ModuleReport} */
          const report = {}
          for (const file of Object.values(bundle)) {
            if (file.type !== 'chunk')
              continue
            for (const [id, info] of Object.entries(file.modules))
              report[id] = (report[id] ?? 0) + info.renderedLength
          }
          writeFileSync(reportTo, JSON.stringify(report))
        },
      },
      viteSingleFile(),
    ],
  }
}
