// @ts-check
/**
 * npm run bench — how fast the deck opens, builds and exports, beside Slidev's
 * own starter deck built with this project's toolchain (see
 * scripts/lib/reference-deck.mjs) and beside a plain one-file deck: a
 * 21-slide Markdown file (marp-reference.md) built by Marp CLI 4.5.1 in the
 * same run (HTML output, no browser). Not a test: it prints a table and
 * writes .bench/results.json. One module per measurement:
 *
 * - builds.mjs: the builds (ours, starter, ours as one file, Marp);
 * - cold-load.mjs: one cold load of slide 1 and the medians of several, on
 *   a plain server (ours, starter, Marp; ours as one file from file://) and
 *   on the slow link (ours and Marp, gzipped);
 * - keys.mjs: keys pressed while only the placeholder shows (slow link, slow CPU);
 * - heavy.mjs: when Mermaid, Shiki and Monaco are fetched, against first use;
 * - lighthouse.mjs: Lighthouse desktop and mobile on ours;
 * - exports.mjs: PDF export seconds per page (ours three times in a row);
 * - report.mjs: ratios to the anchors, targets, the printed table.
 *
 * Before the builds, the cold loads, the throttled loads, the keys, Lighthouse
 * and each deck's exports the script waits (capped) for the 1-minute load
 * average to drop below BENCH_MAX_LOAD, and records the load each
 * measurement ran under. Cold loads alternate between the decks, so all see
 * the same machine.
 *
 * Environment: BENCH_RUNS (default 5), BENCH_THROTTLED_RUNS (3; also the key
 * runs), BENCH_LIGHTHOUSE_RUNS (3; 0 skips Lighthouse), BENCH_MAX_LOAD (0.5),
 * BENCH_QUIET_CAP_S (300), BENCH_EXPORTS (3; 0 skips the exports), CHROMIUM_PATH.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { findChromium, launchOptions } from '../lib/browser.mjs'
import { makeReferenceDeck, STARTER_VERSION } from '../lib/reference-deck.mjs'
import { serveStatic } from '../lib/static-server.mjs'
import { THROTTLE } from '../lib/throttle.mjs'
import { buildDecks, buildMarp, buildSingle, MARP_DECK } from './builds.mjs'
import { coldLoad, HEADING, summary } from './cold-load.mjs'
import { EXPORTS, LIGHTHOUSE_RUNS, MAX_LOAD, median, OUT_DIR, QUIET_CAP_S, require, ROOT, round, RUNS, THROTTLED_RUNS, waitQuiet } from './common.mjs'
import { exportRuns } from './exports.mjs'
import { classify, HEAVY, heavyWalk } from './heavy.mjs'
import { keysDuringLoad } from './keys.mjs'
import { lighthouse } from './lighthouse.mjs'
import { conclude, print } from './report.mjs'

async function main() {
  const started = performance.now()
  mkdirSync(OUT_DIR, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const found = await findChromium()
  const ref = makeReferenceDeck({ dir: work, cacheDir: join(OUT_DIR, 'cache'), nodeModules: join(ROOT, 'node_modules') })
  /** @type {import('./common.mjs').Deck[]} */
  const decks = [
    { name: 'ours', cwd: ROOT, entry: join(ROOT, 'slides.md'), dist: join(work, 'dist-ours'), slides: 0 },
    { name: 'starter', cwd: dirname(ref.entry), entry: ref.entry, dist: join(work, 'dist-starter'), slides: 0 },
  ]
  const results = await buildDecks(decks)
  const marpDir = join(work, 'dist-marp')
  results.marp = await buildMarp(marpDir)
  const singleFile = join(work, 'one-file.html')
  results.single = await buildSingle(singleFile)

  const browser = await chromium.launch(launchOptions(found))
  const servers = await Promise.all(decks.map(d => serveStatic(d.dist)))
  const marpServer = await serveStatic(marpDir)
  const coldQuiet = await waitQuiet(`cold loads (${RUNS} per deck, interleaved)`)
  /** @type {Record<'ours' | 'starter' | 'single' | 'marp', import('./cold-load.mjs').Load[]>} */
  const loads = { ours: [], starter: [], single: [], marp: [] }
  for (let run = 0; run < RUNS; run++) {
    for (const [i, deck] of decks.entries())
      loads[deck.name].push(await coldLoad(browser, servers[i]?.url ?? '', deck.dist, { heading: HEADING[deck.name], app: deck.name === 'ours' }))
    loads.single.push(await coldLoad(browser, pathToFileURL(singleFile).href, work, { heading: HEADING.ours, app: true }))
    loads.marp.push(await coldLoad(browser, marpServer.url, marpDir, { heading: HEADING.marp }))
  }
  const singleHtml = readFileSync(singleFile)
  results.single = { ...results.single, rawBytes: singleHtml.length, gzipBytes: gzipSync(singleHtml).length, load: summary(loads.single, coldQuiet.load) }
  results.marp.load = summary(loads.marp, coldQuiet.load)
  for (const [i, deck] of decks.entries()) {
    const runs = loads[deck.name]
    const walk = await heavyWalk(browser, servers[i]?.url ?? '', deck.dist)
    const firstUse = results[deck.name].firstUse
    const beforeVisible = [...new Set(runs.flatMap(r => r.files))].flatMap(f => classify(f))
    results[deck.name].load = { ...summary(runs, coldQuiet.load), filesBeforeVisible: (runs[0]?.files ?? []).map(f => relative(deck.dist, f)) }
    results[deck.name].heavy = {
      beforeFirstSlideVisible: [...new Set(beforeVisible)],
      fetchedOnSlide: walk.fetchedOn,
      firstUsedOnSlide: firstUse,
      early: HEAVY.filter(lib => walk.fetchedOn[lib] !== undefined && (firstUse[lib] === null || (walk.fetchedOn[lib] ?? 0) < firstUse[lib])),
      slidesWalked: walk.slides,
    }
  }
  await Promise.all([...servers, marpServer].map(s => s.close()))

  // The slow link, gzipped: ours and Marp, interleaved; then the keys, on the slow link and the slow CPU.
  const [oursGzip, marpGzip] = await Promise.all([serveStatic(decks[0]?.dist ?? '', { gzip: true }), serveStatic(marpDir, { gzip: true })])
  const throttledQuiet = await waitQuiet(`throttled loads (${THROTTLED_RUNS} per deck, gzip, ${THROTTLE.latency} ms RTT, ${THROTTLE.downloadThroughput * 8 / 1e6} Mbps)`)
  /** @type {{ ours: import('./cold-load.mjs').Load[], marp: import('./cold-load.mjs').Load[] }} */
  const throttled = { ours: [], marp: [] }
  for (let run = 0; run < THROTTLED_RUNS; run++) {
    throttled.ours.push(await coldLoad(browser, oursGzip.url, decks[0]?.dist ?? '', { heading: HEADING.ours, app: true, throttle: true }))
    throttled.marp.push(await coldLoad(browser, marpGzip.url, marpDir, { heading: HEADING.marp, throttle: true }))
  }
  results.ours.throttled = summary(throttled.ours, throttledQuiet.load)
  results.marp.throttled = summary(throttled.marp, throttledQuiet.load)
  const keysQuiet = await waitQuiet(`keys during load (${THROTTLED_RUNS} runs, slow link, CPU 4×)`)
  const keys = await keysDuringLoad(browser, oursGzip.url, THROTTLED_RUNS)
  await browser.close()

  results.ours.lighthouse = await lighthouse(oursGzip.url)
  await Promise.all([oursGzip, marpGzip].map(s => s.close()))

  for (const deck of decks) {
    const runs = EXPORTS > 0 ? await exportRuns(deck, found, deck.name === 'ours' ? EXPORTS : 1) : []
    const ok = runs.filter(r => !r.timedOut && Number.isFinite(r.secondsPerPage))
    results[deck.name].export = { runs, secondsPerPage: ok.length ? median(ok.map(r => r.secondsPerPage)) : Number.NaN, timeouts: runs.filter(r => r.timedOut).length, failures: runs.length - ok.length }
  }

  const report = {
    date: new Date().toISOString(),
    starter: `create-slidev@${STARTER_VERSION} (theme default, fonts.provider none, ${ref.replacedImages} remote images made local)`,
    marp: `@marp-team/marp-cli ${require('@marp-team/marp-cli/package.json').version}, ${relative(ROOT, MARP_DECK)} (${results.marp.slides} slides)`,
    settings: { runs: RUNS, throttledRuns: THROTTLED_RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, throttle: THROTTLE, maxLoad: MAX_LOAD, quietCapS: QUIET_CAP_S, cpus: cpus().length },
    quiet: { cold: coldQuiet.load, throttled: throttledQuiet.load, keys: keysQuiet.load },
    results,
    keys,
    ...conclude(results, keys),
    totalSeconds: round((performance.now() - started) / 1000, 1),
  }
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(report, null, 2)}\n`)
  rmSync(work, { recursive: true, force: true })
  print(report)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
