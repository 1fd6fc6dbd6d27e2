import type { TestProject } from 'vitest/node'
import { rmSync } from 'node:fs'
import { buildDeck } from '../support/build'
import { serve } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the deck built once for the e2e run, served with SPA fallback. */
    deckUrl: string
    /** Folder of that build. */
    deckDir: string
  }
}

/** Builds the deck once into a temporary folder and serves it on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const dir = await buildDeck()
  const served = await serve(dir, { spa: true })
  project.provide('deckUrl', served.url)
  project.provide('deckDir', dir)
  return async () => {
    await served.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
