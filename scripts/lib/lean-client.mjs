// @ts-check
/**
 * A build-time Vite plugin that leaves out of the built site code the deck
 * never runs, so that less script stands between the first paint and a deck
 * that answers keys. Each leaf is Slidev's, and each goes only when the
 * deck's own sources show it is unused:
 *
 * - Vue's template compiler. Slidev points `vue` at Vue's full build, which
 *   can compile a template in the browser; every template here (slides,
 *   layouts, components) is compiled at build time, so the site takes Vue's
 *   runtime-only build: the same runtime without the compiler. Kept when a
 *   source passes a `template:` string to a component.
 * - YAML. Slidev's client imports one helper (`parseRangeString`) from its
 *   parser's `core`, which brings a YAML library with it; the parser's
 *   `utils` has the same function and nothing else.
 * - `v-motion` (@vueuse/motion, popmotion) and `v-mark` (rough-notation,
 *   roughjs): registered on every app, used by no slide here. Kept when a
 *   source uses the directive.
 * - Popups (floating-vue, and the twoslash plugin that installs it): for
 *   twoslash code blocks (none here), the drawing menu (drawings are off)
 *   and one tooltip on Slidev's /export page, which then shows its label
 *   without the description. Kept when a source uses any of those.
 *
 * The dev server and the exports are unchanged (`apply: 'build'`). The
 * bytes each leaf saved are in the closing notes of the issue that added it;
 * `npm run bench` measures the result.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

const FULL_VUE = /[\\/]vue[\\/]dist[\\/]vue\.esm-bundler\.js$/
const SLIDEV_CLIENT = /[\\/]@slidev[\\/]client[\\/]/
const SOURCE_FILE = /\.(?:md|vue|ts|js|mjs)$/
/** The deck's own folders and files that can use a directive or a runtime template. */
const DECK_SOURCES = ['slides.md', 'global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue', 'components', 'layouts', 'pages', 'snippets', 'setup', 'lib', 'content']

/**
 * @typedef {object} Leaf
 * @property {string} name what goes, in words (for the build log)
 * @property {string} source the import specifier it replaces
 * @property {RegExp} [usedBy] a deck source matching this keeps it (none: it always goes)
 * @property {string} [stub] the module that stands in for it
 * @property {string} [instead] or: a module path to resolve it to
 * @property {boolean} [onlyFromSlidev] only imports from Slidev's client are replaced
 */

/** @type {Leaf[]} */
export const LEAVES = [
  {
    name: 'v-motion (@vueuse/motion)',
    source: '@vueuse/motion',
    usedBy: /\bv-motion\b/,
    // Slidev makes the directive on every app and calls into it only where an element uses it.
    stub: 'export function MotionDirective() { const gone = () => { throw new Error("v-motion is left out of this build: no slide used it (scripts/lib/lean-client.mjs)") }; return { created: gone, mounted: gone, updated: gone, unmounted: gone } }\n',
  },
  {
    name: 'v-mark (rough-notation)',
    source: '@slidev/rough-notation',
    usedBy: /\bv-mark\b/,
    stub: 'export function annotate() { throw new Error("v-mark is left out of this build: no slide used it (scripts/lib/lean-client.mjs)") }\n',
  },
  {
    name: 'twoslash popups (@shikijs/vitepress-twoslash)',
    source: '@shikijs/vitepress-twoslash/client',
    usedBy: /```[^\n]*twoslash/,
    stub: 'export default { install() {} }\n',
  },
  {
    // Slidev's own uses, with the deck's settings: poppers recomputed (none exist), the drawing menu
    // (drawings are off) and one description tooltip on the /export page, which shows its label alone.
    name: 'popups (floating-vue)',
    source: 'floating-vue',
    usedBy: /```[^\n]*twoslash|\bv-(?:tooltip|close-popper|menu|dropdown)\b|from ['"]floating-vue['"]|drawings:[\t\v\f\r \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*\n\s*enabled:\s*true/,
    stub: [
      'import { defineComponent } from "vue"',
      'const labelOnly = name => defineComponent({ name, inheritAttrs: false, setup: (_, { slots }) => () => slots.default?.({ shown: false, show() {}, hide() {} }) })',
      'export const Tooltip = labelOnly("Tooltip")',
      'export const Dropdown = labelOnly("Dropdown")',
      'export const Menu = labelOnly("Menu")',
      'export function recomputeAllPoppers() {}',
      'export default { install() {} }',
      '',
    ].join('\n'),
  },
  {
    name: 'YAML (Slidev parser core, for one helper)',
    source: '@slidev/parser/core',
    instead: '@slidev/parser/utils',
    onlyFromSlidev: true,
  },
]

/** A source passing a template string to a component (needs Vue's compiler in the browser). */
const RUNTIME_TEMPLATE = /\btemplate\s*:\s*[`'"]/

/**
 * Every source file of the deck at `root` (not node_modules), as text.
 * @param {string} root
 * @returns {string[]} their contents
 */
export function deckSources(root) {
  /** @type {string[]} */
  const texts = []
  for (const name of DECK_SOURCES) {
    const path = join(root, name)
    let entries
    try {
      entries = readdirSync(path, { recursive: true, withFileTypes: true })
    }
    catch {
      try {
        texts.push(readFileSync(path, 'utf8'))
      }
      catch {}
      continue
    }
    for (const entry of entries) {
      if (entry.isFile() && SOURCE_FILE.test(entry.name))
        texts.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    }
  }
  return texts
}

/**
 * Which leaves the deck can do without, and whether Vue's compiler is one.
 * @param {string[]} sources the deck's sources (deckSources)
 */
export function leavesFor(sources) {
  return {
    leaves: LEAVES.filter(leaf => !leaf.usedBy || !sources.some(text => leaf.usedBy?.test(text))),
    runtimeOnlyVue: !sources.some(text => RUNTIME_TEMPLATE.test(text)),
  }
}

/** @returns {import('vite').Plugin} the plugin */
export function leanClientPlugin() {
  const STUB = '\0deck-lean:'
  /** @type {ReturnType<typeof leavesFor>} */
  let chosen = { leaves: [], runtimeOnlyVue: false }
  return {
    name: 'deck:lean-client',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      chosen = leavesFor(deckSources(config.root))
      const names = [...chosen.runtimeOnlyVue ? ['Vue\'s template compiler'] : [], ...chosen.leaves.map(leaf => leaf.name)]
      config.logger.info(`left out of the site: ${names.join(', ') || 'nothing'}`)
    },
    resolveId(source, importer) {
      if (chosen.runtimeOnlyVue && FULL_VUE.test(source))
        return require.resolve('vue/dist/vue.runtime.esm-bundler.js')
      const leaf = chosen.leaves.find(leaf => leaf.source === source)
      if (!leaf || (leaf.onlyFromSlidev && !SLIDEV_CLIENT.test(importer ?? '')))
        return null
      if (leaf.instead)
        return this.resolve(leaf.instead, importer, { skipSelf: true })
      return `${STUB}${leaf.source}`
    },
    load(id) {
      if (!id.startsWith(STUB))
        return null
      return LEAVES.find(leaf => `${STUB}${leaf.source}` === id)?.stub ?? null
    },
  }
}
