import { join } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { leanClientPlugin } from './scripts/lib/lean-client.mjs'
import { placeholderPlugin } from './scripts/lib/placeholder.mjs'
import { REPORT_ENV, SINGLE_FILE_ENV, singleFileConfig } from './scripts/lib/single-file.mjs'

/**
 * Slidev merges this file into every dev server, build and export.
 * - A build (`slidev build`, whoever calls it) gets slide 1 painted before
 *   the app runs: a static placeholder written into index.html after the
 *   build (scripts/lib/placeholder.mjs). Dev servers and exports do not.
 * - When SINGLE_FILE_ENV is "1", which only `npm run build:single`
 *   (scripts/build-single.mjs) sets, the build becomes one self-contained
 *   HTML file (see scripts/lib/single-file.mjs) instead, with no placeholder:
 *   the file opens from disk, with no network to wait for.
 */
export default defineConfig(process.env[SINGLE_FILE_ENV] === '1'
  ? singleFileConfig({ publicDir: join(import.meta.dirname, 'public'), reportTo: process.env[REPORT_ENV] })
  : { plugins: [leanClientPlugin(), placeholderPlugin()] })
