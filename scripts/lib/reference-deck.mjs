// @ts-check
/**
 * The benchmark's reference deck: Slidev's own starter (the template of the
 * `create-slidev` npm package), generated into a temporary folder at bench
 * time and never committed. It is adapted only as far as this machine needs:
 * - `theme: default` instead of `seriph` (not installed here; same layouts);
 * - `fonts.provider: none` (offline fonts: no Google Fonts request);
 * - every remote image (`background:`/`image:` covers, `src="https://…"`)
 *   replaced by a local SVG in its `public/`;
 * - `node_modules` is a symlink to this project's, so it builds with the same
 *   toolchain.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const STARTER_PACKAGE = 'create-slidev'
export const STARTER_VERSION = '52.15.2'

const REMOTE_COVER = /^(background|image):\s*https?:\/\/\S+$/gm
const REMOTE_SRC = /src="https?:\/\/[^"]+"/g
const HEADMATTER_THEME = /^theme:\s*seriph\s*$/m
const HEADMATTER_START = /^---\n/

/** A plain local stand-in image (an SVG with a label). */
function localImage(/** @type {string} */ label) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720"><rect width="1280" height="720" fill="#2b3a4a"/><text x="640" y="360" font-size="48" fill="#fff" text-anchor="middle">${label}</text></svg>\n`
}

/**
 * Packs the starter (cached in `cacheDir`) and writes the adapted deck into `dir`.
 * @param {{ dir: string, cacheDir: string, nodeModules: string }} options
 * @returns {{ entry: string, replacedImages: number }} the deck's slides.md and how many remote images were replaced
 */
export function makeReferenceDeck({ dir, cacheDir, nodeModules }) {
  const tarball = join(cacheDir, `${STARTER_PACKAGE}-${STARTER_VERSION}.tgz`)
  if (!existsSync(tarball)) {
    mkdirSync(cacheDir, { recursive: true })
    execFileSync('npm', ['pack', `${STARTER_PACKAGE}@${STARTER_VERSION}`, '--pack-destination', cacheDir], { stdio: 'pipe' })
  }
  const unpacked = join(dir, 'package')
  execFileSync('tar', ['xzf', tarball, '-C', dir])
  const deck = join(dir, 'deck')
  cpSync(join(unpacked, 'template'), deck, { recursive: true })
  symlinkSync(nodeModules, join(deck, 'node_modules'), 'dir')
  mkdirSync(join(deck, 'public'), { recursive: true })

  let replacedImages = 0
  const local = () => {
    replacedImages++
    const name = `bench-image-${replacedImages}.svg`
    writeFileSync(join(deck, 'public', name), localImage(`local image ${replacedImages}`))
    return `/${name}`
  }
  const entry = join(deck, 'slides.md')
  let slides = readFileSync(entry, 'utf8')
    .replace(REMOTE_COVER, (_, key) => `${key}: ${local()}`)
    .replace(REMOTE_SRC, () => `src="${local()}"`)
    .replace(HEADMATTER_THEME, 'theme: default')
  slides = slides.replace(HEADMATTER_START, '---\nfonts:\n  provider: none\n')
  writeFileSync(entry, slides)
  return { entry, replacedImages }
}
