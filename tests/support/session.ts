import type { SlideInfo } from '@slidev/types'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser'
import { loadDeck } from './deck'

export const VIEWPORT = { width: 1280, height: 720 } as const

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
