import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, ENV_VAR, findChromium } from '../../scripts/lib/browser.mjs'

const only = (...paths: string[]) => (path: string) => paths.includes(path)
const noPlaywright = async () => undefined

describe('findChromium', () => {
  it('prefers the environment variable', async () => {
    const found = await findChromium({ env: { [ENV_VAR]: '/opt/my/chrome' }, exists: only('/opt/my/chrome', '/usr/bin/chromium'), systemPaths: ['/usr/bin/chromium'] })
    expect(found).toEqual({ path: '/opt/my/chrome', origin: 'env' })
  })

  it('fails in one line when the environment variable points nowhere', async () => {
    const search = findChromium({ env: { [ENV_VAR]: '/nope' }, exists: only(), systemPaths: [] })
    await expect(search).rejects.toThrow(BrowserNotFoundError)
    await expect(search).rejects.toThrow(/^CHROMIUM_PATH is set to "\/nope"[^\n]*$/)
  })

  it('then takes the first system install that exists', async () => {
    const found = await findChromium({ env: {}, exists: only('/usr/bin/google-chrome'), systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'], playwrightPath: noPlaywright })
    expect(found).toEqual({ path: '/usr/bin/google-chrome', origin: 'system' })
  })

  it('then falls back to Playwright\'s own browser', async () => {
    const pw = '/root/.cache/ms-playwright/chromium-1254/chrome-linux/chrome'
    const found = await findChromium({ env: {}, exists: only(pw), systemPaths: ['/usr/bin/chromium'], playwrightPath: async () => pw })
    expect(found).toEqual({ path: pw, origin: 'playwright' })
  })

  it('says in one line how to get a browser when there is none', async () => {
    const search = findChromium({ env: {}, exists: only(), systemPaths: ['/usr/bin/chromium'], playwrightPath: noPlaywright })
    await expect(search).rejects.toThrow(/^No Chromium found: install one \(`sudo apt-get install chromium`, or `npx playwright install chromium`\)[^\n]*$/)
  })
})
