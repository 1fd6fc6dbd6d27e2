// @ts-check
/**
 * Soak test for the PDF export (not part of `npm test`): runs
 * `scripts/export.mjs <kind>` several times in a row and reports, per run, the
 * time, the exit code, whether the script had to retry, and whether Slidev
 * reported a time-out.
 *
 *   node scripts/soak-export.mjs [--runs 3] [--kind pdf|clicks|notes] [--cold]
 *
 * --cold empties Vite's dependency cache (node_modules/.vite/deps) before
 * every run, so each is the first export of a fresh clone. Exits 1 when any run failed or timed out.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TIMEOUT = /Timeout \d+ms exceeded|TimeoutError/

/** @param {string} name @param {string} fallback */
function option(name, fallback) {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] ?? fallback : fallback
}

async function main() {
  const runs = Number(option('--runs', '3'))
  const kind = option('--kind', 'pdf')
  const cold = process.argv.includes('--cold')
  const dir = mkdtempSync(join(tmpdir(), 'deck-soak-'))
  const results = []
  for (let run = 1; run <= runs; run++) {
    if (cold)
      rmSync(join(ROOT, 'node_modules', '.vite', 'deps'), { recursive: true, force: true })
    const output = join(dir, `run-${run}.pdf`)
    const started = performance.now()
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'export.mjs'), kind, '--output', output], { cwd: ROOT })
    let log = ''
    child.stdout.on('data', (chunk) => {
      log += chunk
    })
    child.stderr.on('data', (chunk) => {
      log += chunk
    })
    const code = await new Promise(resolve => child.on('close', resolve))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    let bytes = 0
    try {
      bytes = statSync(output).size
    }
    catch {}
    const result = { run, kind, cold, seconds, code, retried: log.includes('retrying'), timedOut: TIMEOUT.test(log), bytes }
    results.push(result)
    console.log(JSON.stringify(result))
  }
  rmSync(dir, { recursive: true, force: true })
  const bad = results.filter(r => r.code !== 0 || r.timedOut)
  console.log(`${runs} × export ${kind}: ${bad.length ? `${bad.length} failed or timed out` : 'no failure, no time-out'}; retries: ${results.filter(r => r.retried).length}`)
  process.exit(bad.length ? 1 : 0)
}

main()
