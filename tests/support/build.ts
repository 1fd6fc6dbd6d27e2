import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './paths'

const require = createRequire(import.meta.url)
const SLIDEV = require.resolve('@slidev/cli/bin/slidev.mjs')

/** Runs the Slidev CLI in the project root; rejects with its output on failure. */
export function runSlidev(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SLIDEV, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    let output = ''
    const collect = (chunk: string) => {
      output += chunk
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', code => code === 0 ? resolve(output) : reject(new Error(`slidev ${args.join(' ')} exited ${code}:\n${output}`)))
  })
}

/** Builds the deck into a new temporary folder and returns its path. */
export async function buildDeck(options: { base?: string, extraArgs?: string[] } = {}): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'deck-build-'))
  await runSlidev(['build', '--out', out, '--base', options.base ?? '/', ...(options.extraArgs ?? [])])
  return out
}
