// @ts-check
/**
 * Lighthouse 12.2.3 (scripts/lib/lighthouse.mjs) on ours, served gzipped,
 * LIGHTHOUSE_RUNS times on desktop and on mobile, each after a wait for a
 * quiet machine.
 */
import { lighthouseRuns } from '../lib/lighthouse.mjs'
import { LIGHTHOUSE_RUNS, median, waitQuiet } from './common.mjs'

/**
 * @param {string} url
 * @returns {Promise<Record<'desktop' | 'mobile', { runs: import('../lib/lighthouse.mjs').LighthouseRun[], load: number, scores: number[], median: number }> | undefined>} undefined when LIGHTHOUSE_RUNS is 0
 */
export async function lighthouse(url) {
  if (LIGHTHOUSE_RUNS <= 0)
    return undefined
  /** @type {Record<string, any>} */
  const result = {}
  for (const formFactor of /** @type {const} */ (['desktop', 'mobile'])) {
    const quiet = await waitQuiet(`Lighthouse ${formFactor} ×${LIGHTHOUSE_RUNS} (ours, gzip)`)
    const runs = await lighthouseRuns(url, { formFactor, runs: LIGHTHOUSE_RUNS })
    result[formFactor] = { runs, load: quiet.load, scores: runs.map(r => r.score), median: median(runs.map(r => r.score)) }
  }
  return /** @type {any} */ (result)
}
