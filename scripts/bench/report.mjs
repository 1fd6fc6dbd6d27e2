// @ts-check
/**
 * What `npm run bench` concludes from its measurements: ratios to the
 * anchors measured in the same run (Slidev's starter, Marp), the targets met
 * or missed, and the table it prints.
 */
import { EXPORTS, round, RUNS, THROTTLED_RUNS } from './common.mjs'

const ratio = (/** @type {number} */ a, /** @type {number} */ b) => round(a / b, 3)

/**
 * @param {Record<string, any>} results what main() measured, per deck
 * @param {Record<string, any>} [keys] keysDuringLoad's result
 */
export function conclude(results, keys) {
  const { ours, starter, marp, single } = results
  const ratios = {
    fcp: ratio(ours.load.fcpMs, starter.load.fcpMs),
    firstSlideVisible: ratio(ours.load.visibleMs, starter.load.visibleMs),
    requestsBeforeVisible: ratio(ours.load.requests, starter.load.requests),
    rawBytesBeforeVisible: ratio(ours.load.rawBytes, starter.load.rawBytes),
    gzipBytesBeforeVisible: ratio(ours.load.gzipBytes, starter.load.gzipBytes),
    build: ratio(ours.build.seconds, starter.build.seconds),
    distBytes: ratio(ours.distBytes, starter.distBytes),
    pdfSecondsPerPage: ratio(ours.export.secondsPerPage, starter.export.secondsPerPage),
  }
  const marpRatios = {
    fcp: ratio(ours.load.fcpMs, marp.load.fcpMs),
    firstSlideVisible: ratio(ours.load.visibleMs, marp.load.visibleMs),
    throttledFirstSlideVisible: ratio(ours.throttled.visibleMs, marp.throttled.visibleMs),
    singleFileVisible: ratio(single.load.visibleMs, marp.load.visibleMs),
    requestsBeforeVisible: ratio(ours.load.requests, marp.load.requests),
    gzipBytesBeforeVisible: ratio(ours.load.gzipBytes, marp.load.gzipBytes),
  }
  const lighthouse = ours.lighthouse
  const targets = {
    'first slide visible ≤ 2.5× Marp (plain server)': marpRatios.firstSlideVisible <= 2.5,
    'first slide visible ≤ 2× Marp throttled, gzip': marpRatios.throttledFirstSlideVisible <= 2,
    'one file (file://) first slide visible ≤ 1.5× Marp': marpRatios.singleFileVisible <= 1.5,
    'app\'s slide 1 answers keys ≤ 450 ms (plain server)': ours.load.handOverMs <= 450,
    'app\'s slide 1 answers keys ≤ 1.8 s throttled, gzip': ours.throttled.handOverMs <= 1800,
    ...keys && { 'no key lost during load (→ → lands on slide 3, every run)': keys.keysLost === 0 && keys.pressedEarly === keys.runs.length },
    'no layout shift (CLS 0), plain and throttled': ours.load.clsMax === 0 && ours.throttled.clsMax === 0,
    ...lighthouse && {
      'Lighthouse desktop 100 (every run)': Math.min(...lighthouse.desktop.scores) >= 100,
      'Lighthouse mobile ≥ 90 (every run)': Math.min(...lighthouse.mobile.scores) >= 90,
    },
    'first slide visible ≤ 0.35× starter': ratios.firstSlideVisible <= 0.35,
    'bytes before first slide ≤ 1.0 MB raw': ours.load.rawBytes <= 1_000_000,
    'no Mermaid/Shiki/Monaco before a slide that uses it': ours.heavy.early.length === 0 && ours.heavy.beforeFirstSlideVisible.every((/** @type {string} */ lib) => ours.firstUse[lib] === 1),
    'build ≤ 0.6× starter': ratios.build <= 0.6,
    'PDF export ≤ 0.5× starter s/page': ratios.pdfSecondsPerPage <= 0.5,
    [`no export time-out in ${EXPORTS} consecutive runs`]: ours.export.timeouts === 0 && ours.export.failures === 0,
    'one file below 4 MB raw, no request outside it': single.rawBytes < 4_000_000 && single.load.offHost.length === 0,
  }
  return { ratios, marpRatios, targets }
}

/**
 * Prints the table, the loads, the export runs and the targets.
 * @param {Record<string, any>} report what main() writes to .bench/results.json
 */
export function print(report) {
  const { results: { ours, starter, marp, single }, ratios, marpRatios, targets, keys, quiet } = report
  const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(0)} KB`
  const ms = (/** @type {number} */ t) => `${t} ms`
  const range = (/** @type {{ visibleMs: number, visibleRangeMs: number[] }} */ l) => `${l.visibleMs} ms (${l.visibleRangeMs.join('–')})`
  const lighthouse = ours.lighthouse
  const rows = [
    ['first contentful paint', ms(ours.load.fcpMs), ms(single.load.fcpMs), ms(starter.load.fcpMs), ms(marp.load.fcpMs), ratios.fcp, marpRatios.fcp],
    ['first slide heading visible', range(ours.load), range(single.load), range(starter.load), range(marp.load), ratios.firstSlideVisible, `${marpRatios.firstSlideVisible} (one file ${marpRatios.singleFileVisible})`],
    ['… throttled, gzip (150 ms RTT, 1.6 Mbps)', range(ours.throttled), '', '', range(marp.throttled), '', marpRatios.throttledFirstSlideVisible],
    ['… requests done before it, throttled (bytes as sent)', `${ours.throttled.doneRequests} (${kb(ours.throttled.doneBytes)})`, '', '', `${marp.throttled.doneRequests} (${kb(marp.throttled.doneBytes)})`, '', ''],
    ['app\'s own slide 1 visible (plain / throttled)', `${ours.load.appVisibleMs} / ${ours.throttled.appVisibleMs} ms`, ms(single.load.appVisibleMs), '', '', '', ''],
    ['… and the placeholder gone: keys go to the app (plain / throttled)', `${ours.load.handOverMs} / ${ours.throttled.handOverMs} ms`, '', '', '', '', ''],
    ...keys ? [[`keys lost during load (→ → 100 ms after the paint, throttled + CPU 4×, ${keys.runs.length} runs)`, `${keys.keysLost} (on slide 3 ${keys.arrivedMs} ms after the first press)`, '', '', '', '', '']] : [],
    ['layout shift (CLS, worst load)', `${ours.load.clsMax} / ${ours.throttled.clsMax}`, single.load.clsMax, starter.load.clsMax, `${marp.load.clsMax} / ${marp.throttled.clsMax}`, '', ''],
    ['requests before it', ours.load.requests, single.load.requests, starter.load.requests, marp.load.requests, ratios.requestsBeforeVisible, marpRatios.requestsBeforeVisible],
    ['bytes before it (raw)', kb(ours.load.rawBytes), kb(single.rawBytes), kb(starter.load.rawBytes), kb(marp.load.rawBytes), ratios.rawBytesBeforeVisible, ''],
    ['bytes before it (gzip)', kb(ours.load.gzipBytes), kb(single.gzipBytes), kb(starter.load.gzipBytes), kb(marp.load.gzipBytes), ratios.gzipBytesBeforeVisible, marpRatios.gzipBytesBeforeVisible],
    ...lighthouse
      ? [['Lighthouse desktop / mobile (gzip, each run)', `${lighthouse.desktop.scores.join(', ')} / ${lighthouse.mobile.scores.join(', ')}`, '', '', '', '', '']]
      : [],
    ['heavy code before first slide', ours.heavy.beforeFirstSlideVisible.join(', ') || 'none', 'all (inline)', starter.heavy.beforeFirstSlideVisible.join(', ') || 'none', '', '', ''],
    ['heavy code fetched before use', ours.heavy.early.join(', ') || 'none', '', starter.heavy.early.join(', ') || 'none', '', '', ''],
    ['build (`slidev build`; one file: `build:single`)', `${ours.build.seconds} s`, `${single.build.seconds} s`, `${starter.build.seconds} s`, `${marp.build.seconds} s`, ratios.build, ''],
    ['dist/ size (one file: the file)', kb(ours.distBytes), kb(single.rawBytes), kb(starter.distBytes), kb(marp.distBytes), ratios.distBytes, ''],
    ['PDF export per page', `${ours.export.secondsPerPage} s`, '', `${starter.export.secondsPerPage} s`, '', ratios.pdfSecondsPerPage, ''],
  ]
  console.log(`\n| measure (median of ${RUNS} cold loads, ${THROTTLED_RUNS} throttled) | ours | ours, one file (file://) | starter | Marp | ours ÷ starter | ours ÷ Marp |\n|---|---|---|---|---|---|---|`)
  for (const row of rows)
    console.log(`| ${row.join(' | ')} |`)
  if (lighthouse) {
    for (const formFactor of ['desktop', 'mobile']) {
      const runs = /** @type {import('../lib/lighthouse.mjs').LighthouseRun[]} */ (lighthouse[formFactor].runs)
      console.log(`Lighthouse ${formFactor}: ${runs.map(r => `${r.score} (FCP ${r.fcpMs}, LCP ${r.lcpMs}, TBT ${r.tbtMs} ms, CLS ${r.cls}, SI ${r.siMs})`).join('; ')}`)
    }
  }
  const lighthouseLoads = lighthouse ? `, Lighthouse ${lighthouse.desktop.load} / ${lighthouse.mobile.load}` : ''
  const keysLoad = keys ? `, keys ${quiet.keys}` : ''
  console.log(`\nLoad (1-min) during: builds ${ours.build.load} / ${single.build.load} / ${starter.build.load}, cold loads ${quiet.cold}, throttled loads ${quiet.throttled}${keysLoad}${lighthouseLoads}, exports ${ours.export.runs.map((/** @type {{ load: number }} */ r) => r.load).join(', ')} / ${starter.export.runs.map((/** @type {{ load: number }} */ r) => r.load).join(', ')} (${report.settings.cpus} cores)`)
  console.log(`Export runs (ours): ${ours.export.runs.map((/** @type {{ seconds: number, pages: number, timedOut: boolean }} */ r) => r.timedOut ? 'TIME-OUT' : `${r.seconds} s/${r.pages} p`).join(', ')}`)
  for (const [target, met] of Object.entries(targets))
    console.log(`${met ? 'met   ' : 'MISSED'} ${target}`)
  console.log(`\nWhole bench: ${report.totalSeconds} s. Details: .bench/results.json`)
}
