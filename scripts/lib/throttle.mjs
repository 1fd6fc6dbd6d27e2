// @ts-check
/**
 * The slow link the deck is measured and tested on: Lighthouse's mobile
 * profile (150 ms RTT, 1.6 Mbps down, 750 kbps up), as CDP's
 * Network.emulateNetworkConditions takes it, and the CPU slowdown of a
 * mid-range phone (Emulation.setCPUThrottlingRate). `npm run bench` and the
 * placeholder's input test use the same.
 */
export const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }

/** CPU slowdown, as Emulation.setCPUThrottlingRate takes it. */
export const CPU_SLOWDOWN = 4

/**
 * Puts a page on the slow link and the slow CPU.
 * @param {import('playwright-core').Page} page
 * @param {{ cpu?: boolean }} [options] cpu: also slow the CPU down
 */
export async function throttle(page, { cpu = true } = {}) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', THROTTLE)
  if (cpu)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return cdp
}
