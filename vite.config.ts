import { join } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { REPORT_ENV, SINGLE_FILE_ENV, singleFileConfig } from './scripts/lib/single-file.mjs'

/**
 * Slidev merges this file into every dev server, build and export. It adds
 * nothing unless SINGLE_FILE_ENV is "1", which only `npm run build:single`
 * (scripts/build-single.mjs) sets: then the build becomes one self-contained
 * HTML file (see scripts/lib/single-file.mjs).
 */
export default defineConfig(process.env[SINGLE_FILE_ENV] === '1'
  ? singleFileConfig({ publicDir: join(import.meta.dirname, 'public'), reportTo: process.env[REPORT_ENV] })
  : {})
