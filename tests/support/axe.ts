import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Impacts that fail the build. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const

export interface AxeProblem {
  rule: string
  impact: string
  help: string
  /** CSS path of the element, and its HTML (shortened). */
  target: string
  html: string
}

/**
 * Runs axe-core (injected into the page once) on the elements matching
 * `selector` and returns the serious and critical violations, one per node.
 * axe is evaluated by the test's debugger connection, not added as an inline
 * <script>: the deck's Content-Security-Policy rightly refuses one.
 */
export async function axeProblems(page: Page, selector: string): Promise<AxeProblem[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(AXE_SOURCE)
  return page.evaluate(async ({ selector, blocking }) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') }
    const results = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] })
    return results.violations
      .filter(v => (blocking as readonly string[]).includes(v.impact ?? ''))
      .flatMap(v => v.nodes.map(node => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        target: node.target.join(' '),
        html: node.html.slice(0, 160),
      })))
  }, { selector, blocking: BLOCKING_IMPACTS })
}
