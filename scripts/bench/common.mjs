// @ts-check
/**
 * What every measurement of `npm run bench` shares: its settings (from the
 * environment), paths, statistics, the wait for a quiet machine, and running
 * a Node script (Slidev's CLI, Marp's) with its wall time.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const OUT_DIR = join(ROOT, '.bench')
export const require = createRequire(import.meta.url)
const SLIDEV = require.resolve('@slidev/cli/bin/slidev.mjs')

export const RUNS = Number(process.env.BENCH_RUNS ?? 5)
export const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3)
export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
export const MAX_LOAD = Number(process.env.BENCH_MAX_LOAD ?? 0.5)
export const QUIET_CAP_S = Number(process.env.BENCH_QUIET_CAP_S ?? 300)
export const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 3)
export const VIEWPORT = { width: 1280, height: 720 }

/**
 * @param {number[]} xs
 * @returns {number} the median of the finite values (NaN for none)
 */
export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] ?? Number.NaN : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
export const round = (/** @type {number} */ x, digits = 2) => Number(x.toFixed(digits))
export const loadAvg = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
export const sleep = (/** @type {number} */ ms) => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Waits until the 1-minute load average is below MAX_LOAD (at most QUIET_CAP_S).
 * @param {string} phase
 * @returns {Promise<{ phase: string, waitedS: number, load: number }>} the load the phase started under
 */
export async function waitQuiet(phase) {
  const start = Date.now()
  while (loadAvg() >= MAX_LOAD && Date.now() - start < QUIET_CAP_S * 1000)
    await sleep(2000)
  const quiet = { phase, waitedS: round((Date.now() - start) / 1000, 1), load: loadAvg() }
  console.error(`· ${phase} (load ${quiet.load}, waited ${quiet.waitedS} s)`)
  return quiet
}

/**
 * Runs a Node script; resolves with seconds and output (rejects on failure).
 * @param {string} script
 * @param {string[]} args
 * @param {string} cwd
 * @param {Record<string, string>} [env] variables on top of the current ones
 * @returns {Promise<{ seconds: number, output: string }>} wall time and output
 */
export function node(script, args, cwd, env = {}) {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (d) => {
      output += d
    })
    child.stderr.on('data', (d) => {
      output += d
    })
    child.on('close', code => code === 0
      ? resolve({ seconds: (performance.now() - start) / 1000, output })
      : reject(new Error(`${script} ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`)))
  })
}

/** Runs the Slidev CLI (see `node`). */
export const slidev = (/** @type {string[]} */ args, /** @type {string} */ cwd, /** @type {Record<string, string>} */ env = {}) => node(SLIDEV, args, cwd, env)

/** @returns {string[]} every file under dir */
export function filesUnder(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(d => d.isFile())
    .map(d => join(d.parentPath, d.name))
}

/**
 * @typedef {object} Deck
 * @property {'ours' | 'starter'} name which deck
 * @property {string} cwd      folder to run Slidev in
 * @property {string} entry    slides.md
 * @property {string} dist     build output folder
 * @property {number} slides   slide count (set after parsing)
 */
