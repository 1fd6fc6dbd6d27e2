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

/** Every click state of the deck at `url`, walked in a browser of its own. */
async function clickStatesOf(url: string): Promise<string[]> {
  const browser = await launchChromium()
  try {
    return await walkClickStates(await browser.newPage({ viewport: { width: 1280, height: 720 } }), url)
  }
  finally {
    await browser.close()
  }
}

/**
 * Builds the deck once into a temporary folder, serves it on 127.0.0.1, and
 * walks its click states once for the test files that need them. When the
 * walk fails (no browser, say), the server and the folder go at once, so the
 * run ends with the error instead of waiting on an open server.
 */
export default async function setup(project: TestProject) {
  const dir = await buildDeck()
  const served = await serve(dir, { spa: true })
  const teardown = async () => {
    await served.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    project.provide('clickStates', await clickStatesOf(served.url))
  }
  catch (error) {
    await teardown()
    throw error
  }
  project.provide('deckUrl', served.url)
  project.provide('deckDir', dir)
  return teardown
}
