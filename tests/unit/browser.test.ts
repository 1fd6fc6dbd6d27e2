import type { NpmChromium } from '../../scripts/lib/browser.mjs'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, ENV_VAR, findChromium, fontsConf, LAUNCH_ARGS, mergeLaunchArgs } from '../../scripts/lib/browser.mjs'

const only = (...paths: string[]) => (path: string) => paths.includes(path)
const noPlaywright = async () => undefined
const noNpmChromium = async () => undefined
const NOT_FOUND = /^No Chromium found: install one \(`sudo apt-get install chromium`, or `npx playwright install chromium`\)[^\n]*$/

/** A stand-in for the unpacked @sparticuz/chromium. */
function npmChromium(overrides: Partial<NpmChromium> = {}): () => Promise<NpmChromium> {
  return async () => ({ path: '/tmp/sparticuz-chromium-153.0.0/chromium', args: ['--no-sandbox', '--no-zygote'], fontsConf: '/tmp/sparticuz-chromium-153.0.0/fonts.conf', ...overrides })
}

describe('findChromium', () => {
  it('prefers the environment variable', async () => {
    const found = await findChromium({ env: { [ENV_VAR]: '/opt/my/chrome' }, exists: only('/opt/my/chrome', '/usr/bin/chromium'), systemPaths: ['/usr/bin/chromium'] })
    expect(found).toEqual({ path: '/opt/my/chrome', origin: 'env', args: LAUNCH_ARGS, env: {} })
  })

  it('fails in one line when the environment variable points nowhere', async () => {
    const search = findChromium({ env: { [ENV_VAR]: '/nope' }, exists: only(), systemPaths: [] })
    await expect(search).rejects.toThrow(BrowserNotFoundError)
    await expect(search).rejects.toThrow(/^CHROMIUM_PATH is set to "\/nope"[^\n]*$/)
  })

  it('then takes the first system install that exists', async () => {
    const found = await findChromium({ env: {}, exists: only('/usr/bin/google-chrome'), systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'], playwrightPath: noPlaywright })
    expect(found).toEqual({ path: '/usr/bin/google-chrome', origin: 'system', args: LAUNCH_ARGS, env: {} })
  })

  it('then falls back to Playwright\'s own browser', async () => {
    const pw = '/root/.cache/ms-playwright/chromium-1254/chrome-linux/chrome'
    const found = await findChromium({ env: {}, exists: only(pw), systemPaths: ['/usr/bin/chromium'], playwrightPath: async () => pw, npmChromium: npmChromium() })
    expect(found).toEqual({ path: pw, origin: 'playwright', args: LAUNCH_ARGS, env: {} })
  })

  it('on Linux, lastly takes the Chromium that npm ci brings, with its fonts and our flags', async () => {
    const found = await findChromium({ env: {}, exists: only(), systemPaths: ['/usr/bin/chromium'], playwrightPath: noPlaywright, platform: 'linux', npmChromium: npmChromium() })
    expect(found).toEqual({
      path: '/tmp/sparticuz-chromium-153.0.0/chromium',
      origin: 'npm',
      args: [...LAUNCH_ARGS, '--no-zygote'],
      env: { FONTCONFIG_FILE: '/tmp/sparticuz-chromium-153.0.0/fonts.conf' },
    })
  })

  it.each(['darwin', 'win32'] as const)('never unpacks the npm Chromium on %s, and says how to get a browser', async (platform) => {
    let unpacked = false
    const search = findChromium({ env: {}, exists: only(), systemPaths: [], playwrightPath: noPlaywright, platform, npmChromium: async () => {
      unpacked = true
      return npmChromium()()
    } })
    await expect(search).rejects.toThrow(NOT_FOUND)
    expect(unpacked, 'npm Chromium unpacked').toBe(false)
  })

  it('says in one line how to get a browser when there is none', async () => {
    const search = findChromium({ env: {}, exists: only(), systemPaths: ['/usr/bin/chromium'], playwrightPath: noPlaywright, platform: 'darwin' })
    await expect(search).rejects.toThrow(NOT_FOUND)
  })

  it('on Linux without the npm Chromium, says so in the same line and names `npm ci`', async () => {
    const search = findChromium({ env: {}, exists: only(), systemPaths: [], playwrightPath: noPlaywright, platform: 'linux', npmChromium: noNpmChromium })
    await expect(search).rejects.toThrow(NOT_FOUND)
    await expect(search).rejects.toThrow(/@sparticuz\/chromium\) is not installed either: run `npm ci`\.$/)
  })
})

describe('mergeLaunchArgs', () => {
  const sparticuz = ['--no-pings', '--single-process', '--disable-features=IsolateOrigins,site-per-process', '--use-gl=angle', '--headless=\'shell\'', '--disable-web-security', '--no-sandbox', '--no-zygote']

  it('keeps our flags first and adds theirs once, by switch name', () => {
    expect(mergeLaunchArgs(['--no-sandbox', '--disk-cache-size=1'], ['--disk-cache-size=2', '--no-pings'])).toEqual(['--no-sandbox', '--disk-cache-size=1', '--no-pings'])
  })

  it('leaves out the Lambda flags that would change what the tests see', () => {
    expect(mergeLaunchArgs(LAUNCH_ARGS, sparticuz)).toEqual([...LAUNCH_ARGS, '--no-pings', '--no-zygote'])
  })
})

describe('fontsConf', () => {
  it('includes the system font set-up, then the fonts unpacked beside the browser', () => {
    const conf = fontsConf('/tmp/x')
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>')
    expect(conf.indexOf('/etc/fonts/fonts.conf')).toBeLessThan(conf.indexOf('<dir>/tmp/x/fonts/fonts</dir>'))
    expect(conf).toContain('<cachedir>/tmp/x/fonts-cache</cachedir>')
  })
})
