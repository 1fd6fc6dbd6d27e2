// @ts-check
/**
 * PDF export, several times in a row (to catch the time-outs a long export
 * can hit): seconds, pages (read with PDF.js, unpdf), seconds per page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { loadAvg, round, slidev, waitQuiet } from './common.mjs'

const EXPORT_TIMEOUT_MS = 120_000
const TIMEOUT = /timeout/i

/** Pages of a PDF, read with PDF.js (unpdf). */
async function pdfPages(/** @type {string} */ file) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
  try {
    return pdf.numPages
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/**
 * PDF export `times` times in a row.
 * @param {import('./common.mjs').Deck} deck
 * @param {import('../lib/browser.mjs').FoundChromium} browser
 * @param {number} times
 */
export async function exportRuns(deck, browser, times) {
  const runs = []
  for (let i = 0; i < times; i++) {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-pdf-')), 'deck.pdf')
    const quiet = i === 0 ? await waitQuiet(`${deck.name}: PDF export ×${times}`) : { load: loadAvg() }
    try {
      const { seconds } = await slidev(['export', deck.entry, '--output', out, '--timeout', String(EXPORT_TIMEOUT_MS), '--executable-path', browser.path], deck.cwd, browser.env)
      const pages = await pdfPages(out)
      runs.push({ seconds: round(seconds), pages, secondsPerPage: round(seconds / pages, 3), timedOut: false, load: quiet.load })
    }
    catch (error) {
      const text = String(error)
      runs.push({ seconds: Number.NaN, pages: 0, secondsPerPage: Number.NaN, timedOut: TIMEOUT.test(text), error: `${text.slice(0, 200)} … ${text.slice(-600)}`, load: quiet.load })
    }
    rmSync(dirname(out), { recursive: true, force: true })
  }
  return runs
}
