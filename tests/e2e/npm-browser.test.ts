import type { Browser } from 'playwright-core'
import type { FoundChromium } from '../../scripts/lib/browser.mjs'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, launchOptions, unpackNpmChromium } from '../../scripts/lib/browser.mjs'
import { inkPerPage, pageCount, pageTexts } from '../support/pdf'
import { searchable } from '../support/text'

/**
 * The bare-machine promise: with no CHROMIUM_PATH, no system browser and no
 * Playwright browser, the finder falls back to the Chromium that `npm ci`
 * installed (@sparticuz/chromium), which launches and prints a PDF that
 * PDF.js reads back. Linux only: elsewhere the finder never uses it.
 */
const HIDDEN = { env: {}, systemPaths: [], playwrightPath: async () => undefined } as const
/** A blank page has no ink; a page with a headline has well over this share. */
const MIN_INK = 0.002
const HEADLINE = 'There is no pause — México ¶4'

let work: string
let found: FoundChromium
let browser: Browser | undefined

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-npm-browser-'))
})

afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

describe.runIf(process.platform === 'linux')('the Chromium that npm ci brings, with every other browser hidden', () => {
  beforeAll(async () => {
    found = await findChromium(HIDDEN)
  })

  it('is what the finder returns', () => {
    expect(found.origin, `found ${found.path}`).toBe('npm')
    expect(existsSync(found.path), `${found.path} exists`).toBe(true)
    expect(found.env.FONTCONFIG_FILE && existsSync(found.env.FONTCONFIG_FILE), 'its fontconfig file exists').toBe(true)
  })

  it('unpacks into a fresh folder once, when two callers ask at the same time', async () => {
    const dir = join(work, 'chromium')
    const [first, second] = await Promise.all([unpackNpmChromium(dir), unpackNpmChromium(dir)])
    expect(first?.path, 'both callers get the same browser').toBe(second?.path)
    expect(first?.path).toBe(join(dir, 'chromium'))
    expect(statSync(join(dir, 'chromium')).size, 'the unpacked browser (bytes)').toBeGreaterThan(100_000_000)
    expect(readdirSync(work), 'folders left beside it (a half-unpacked copy would show here)').toEqual(['chromium'])
  })

  it('launches and prints a page to PDF whose text and ink PDF.js reads back', async () => {
    browser = await chromium.launch(launchOptions(found))
    const page = await browser.newPage()
    await page.setContent(`<main style="font: 48px sans-serif; padding: 40px"><h1>${HEADLINE}</h1></main>`)
    const pdf = join(work, 'page.pdf')
    await page.pdf({ path: pdf, width: '1280px', height: '720px', printBackground: true })
    expect(await pageCount(pdf), 'pages of the printed PDF').toBe(1)
    expect(searchable((await pageTexts(pdf))[0] ?? ''), 'text of the printed page (none when the browser has no font)').toContain(searchable(HEADLINE))
    const [ink = 0] = await inkPerPage(pdf, browser)
    expect(ink, 'share of inked pixels on the printed page').toBeGreaterThan(MIN_INK)
  })
})
