import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './paths'

/**
 * Runs one of the project's scripts (`scripts/<name>.mjs`) as npm would, with
 * extra environment variables; rejects with its output on failure. Resolves
 * with the output and how long it took.
 */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<{ output: string, seconds: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', `${name}.mjs`), ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let output = ''
    const collect = (chunk: string) => {
      output += chunk
    }
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code === 0)
        resolve({ output, seconds })
      else
        reject(new Error(`scripts/${name}.mjs ${args.join(' ')} exited ${code}:\n${output}`))
    })
  })
}
