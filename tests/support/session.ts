import type { SlideInfo } from '@slidev/types'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { devices } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { SCHEME_KEY } from '../../scripts/lib/placeholder.mjs'
import { launchChromium } from './browser'
import { loadDeck } from './deck'

export const VIEWPORT = { width: 1280, height: 720 } as const
/** A phone, as the posted link is opened on: an iPhone's touch and user agent, one device pixel per CSS pixel. */
export const PHONE = { ...devices['iPhone 13'], deviceScaleFactor: 1 } as const

/**
 * A browser context that opens the deck in `scheme` (Slidev keeps the choice
 * in localStorage; setup/main.ts defaults it to light), on a laptop's window
 * unless `options` say otherwise.
 */
export async function schemeContext(browser: Browser, scheme: 'light' | 'dark', options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options })
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SCHEME_KEY, scheme])
  return context
}

/** What a built-deck test file shares: the deck's slides and one Chromium context. */
export interface DeckSession {
  slides: SlideInfo[]
  browser: Browser
  context: BrowserContext
}

/**
 * Registers the hooks that load the deck (Slidev's parser) and open Chromium
 * for one test file, and closes it afterwards. Call it before the file's own
 * `beforeAll`, which then sees the session filled in.
 */
export function deckSession(): DeckSession {
  const session = {} as DeckSession
  beforeAll(async () => {
    session.slides = await loadDeck()
    session.browser = await launchChromium()
    session.context = await session.browser.newContext({ viewport: VIEWPORT })
  })
  afterAll(async () => {
    await session.browser?.close()
  })
  return session
}
