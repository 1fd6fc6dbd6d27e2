import { chromium } from 'playwright-core'
import { readFileSync, writeFileSync } from 'node:fs'
import { findChromium, LAUNCH_ARGS } from './lib/browser.mjs'
const [out, cols, width, ...files] = process.argv.slice(2)
const imgs = files.map(f => `<img src="data:image/png;base64,${readFileSync(f).toString('base64')}">`).join('')
const html = `<style>body{margin:0;display:grid;grid-template-columns:repeat(${cols},${width}px);gap:4px;background:#888}img{width:${width}px}</style>${imgs}`
const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: LAUNCH_ARGS })
const page = await browser.newPage({ viewport: { width: cols * (Number(width) + 4), height: 400 } })
await page.setContent(html)
await page.screenshot({ path: out, fullPage: true })
await browser.close()
