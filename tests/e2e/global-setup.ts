import type { TestProject } from 'vitest/node'
import { rmSync } from 'node:fs'
import { launchChromium } from '../support/browser'
import { buildDeck } from '../support/build'
import { walkClickStates } from '../support/clicks'
import { serve } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the deck built once for the e2e run, served with SPA fallback. */
    deckUrl: string
    /** Folder of that build. */
    deckDir: string
    /** Every click state of that deck, as URLs, from one ArrowRight walk (see tests/support/clicks.ts). */
    clickStates: string[]
  }
}

/**
 * Builds the deck once into a temporary folder, serves it on 127.0.0.1, and
 * walks its click states once for the test files that need them.
 */
export default async function setup(project: TestProject) {
  const dir = await buildDeck()
  const served = await serve(dir, { spa: true })
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const clickStates = await walkClickStates(page, served.url)
  await browser.close()
  project.provide('deckUrl', served.url)
  project.provide('deckDir', dir)
  project.provide('clickStates', clickStates)
  return async () => {
    await served.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
