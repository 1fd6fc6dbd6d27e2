// @ts-check
/**
 * Lighthouse performance runs for the bench (scripts/bench/lighthouse.mjs): the browser
 * from the one finder (./browser.mjs), started by chrome-launcher with a
 * debugging port, Lighthouse 12.2.3 (the last that runs on Node 20) driving
 * it. Desktop uses Lighthouse's desktop config, mobile its default (a phone
 * 412 px wide, 4× slower CPU, simulated 150 ms RTT and 1.6 Mbps down).
 *
 *   const runs = await lighthouseRuns(url, { formFactor: 'mobile', runs: 3 })
 */
import process from 'node:process'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { findChromium } from './browser.mjs'

/** @typedef {'desktop' | 'mobile'} FormFactor */

/**
 * One run's score and metrics.
 * @typedef {object} LighthouseRun
 * @property {number} score performance score, 0–100
 * @property {number} fcpMs first contentful paint
 * @property {number} lcpMs largest contentful paint
 * @property {number} tbtMs total blocking time
 * @property {number} cls cumulative layout shift
 * @property {number} siMs speed index
 * @property {string[]} warnings Lighthouse's run warnings
 */

const METRICS = /** @type {const} */ ({
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
})

/**
 * Runs Lighthouse's performance category `runs` times on `url`.
 * @param {string} url
 * @param {{ formFactor: FormFactor, runs: number }} options
 * @returns {Promise<LighthouseRun[]>} one entry per run
 */
export async function lighthouseRuns(url, { formFactor, runs }) {
  const found = await findChromium()
  const chrome = await chromeLauncher.launch({
    chromePath: found.path,
    chromeFlags: ['--headless=new', ...found.args],
    envVars: { ...process.env, ...found.env },
  })
  try {
    /** @type {LighthouseRun[]} */
    const results = []
    for (let i = 0; i < runs; i++) {
      const flags = { port: chrome.port, output: /** @type {'json'} */ ('json'), logLevel: /** @type {'error'} */ ('error'), onlyCategories: ['performance'] }
      const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined)
      if (!result)
        throw new Error(`Lighthouse returned nothing for ${url}`)
      const { audits, categories, runWarnings } = result.lhr
      const metric = (/** @type {string} */ id) => audits[id]?.numericValue ?? Number.NaN
      results.push({
        score: Math.round((categories.performance?.score ?? Number.NaN) * 100),
        fcpMs: Math.round(metric(METRICS.fcpMs)),
        lcpMs: Math.round(metric(METRICS.lcpMs)),
        tbtMs: Math.round(metric(METRICS.tbtMs)),
        cls: Number(metric(METRICS.cls).toFixed(3)),
        siMs: Math.round(metric(METRICS.siMs)),
        warnings: runWarnings.map(String),
      })
    }
    return results
  }
  finally {
    chrome.kill()
  }
}
