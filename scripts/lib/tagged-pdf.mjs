// @ts-check
/**
 * Makes `slidev export` and `slidev export-notes` write a tagged PDF, without
 * a fork of Slidev: loaded with `node --import` before the Slidev CLI (by
 * scripts/slidev.mjs), it wraps Playwright's `chromium.launch` so that every
 * page's `pdf()` call asks Chromium for a structure tree and an outline
 * (`tagged: true, outline: true`; Playwright has both since 1.42, both off by
 * default, and Slidev does not set them: slidevjs/slidev#2426, #2273).
 * Chromium then writes headings, paragraphs, lists, quotes, links and
 * figures (with `/Alt` from each figure's accessible name) from the
 * accessibility tree, `/MarkInfo`, and `/Lang` from `<html lang>`. Slidev's
 * own pdf-lib pass (metadata, bookmarks) keeps all of it in its default
 * one-piece mode; `--per-slide` would copy pages into a new document and
 * drop it, so the deck never uses it.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'

/** Options added to every `page.pdf()` call. */
export const TAGGED = { tagged: true, outline: true }

/** @type {WeakSet<object>} */
const patched = new WeakSet()

/**
 * Wraps `pdf` on the prototype of the page, once per prototype.
 * @param {import('playwright-core').Page} page
 */
function patchPage(page) {
  const proto = Object.getPrototypeOf(page)
  if (patched.has(proto))
    return page
  const pdf = proto.pdf
  proto.pdf = function (/** @type {Parameters<import('playwright-core').Page['pdf']>[0]} */ options = {}) {
    return pdf.call(this, { ...options, ...TAGGED })
  }
  patched.add(proto)
  return page
}

/**
 * Wraps a browser (or context) so every page it opens is patched.
 * @param {any} owner a Browser or a BrowserContext
 */
function patchOwner(owner) {
  const newPage = owner.newPage.bind(owner)
  owner.newPage = async (/** @type {any[]} */ ...args) => patchPage(await newPage(...args))
  if (owner.newContext) {
    const newContext = owner.newContext.bind(owner)
    owner.newContext = async (/** @type {any[]} */ ...args) => patchOwner(await newContext(...args))
  }
  return owner
}

const require = createRequire(join(process.cwd(), 'package.json'))
const { chromium } = require('playwright-chromium')

const launch = chromium.launch.bind(chromium)
chromium.launch = async (/** @type {any[]} */ ...args) => patchOwner(await launch(...args))
