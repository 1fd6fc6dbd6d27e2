// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { charactersOf, inlineFontSubsets, SUBSET_SUFFIX, withSubsetFallbacks } from '../../scripts/lib/placeholder-fonts.mjs'

const require = createRequire(import.meta.url)
const FONT = require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2')

describe('the characters the placeholder\'s copies can show', () => {
  it('takes the text without its tags, entities decoded, in both cases, with CSS content and digits', () => {
    const chars = charactersOf(['<h1 class="x">Ñandú &amp; “Pause”</h1>'], '.q::before{content:"¶"}')
    for (const char of 'ÑandúNANDÚ&“”PAUSEpause¶0123456789')
      expect(chars, char).toContain(char)
    expect(chars, 'no tag, no entity name').not.toMatch(/[<>=]|amp;/)
  })
})

describe('inlineFontSubsets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'placeholder-fonts-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets', 'sans.woff2'), readFileSync(FONT))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const captured = {
    css: '@font-face{font-family:"Source Sans 3";font-style:normal;font-weight:400;font-display:swap;src:url(/deck/assets/sans.woff2) format("woff2")}h1:is(#p *){font-family:"Source Sans 3", sans-serif}',
    fonts: ['normal 400 1em "Source Sans 3"'],
    fontUrls: ['/deck/assets/sans.woff2'],
    markup: { slides: '<h1>There is no pause</h1>', reading: '<h1>There is no pause</h1>' },
  }

  it('puts a subset, smaller than the file, inline under a name of its own, and renames every use of the family', async () => {
    const { css, fonts, bytes } = await inlineFontSubsets(captured, dir, '/deck/')
    expect(bytes).toBeGreaterThan(500)
    expect(bytes, 'a subset, not the whole file').toBeLessThan(readFileSync(FONT).length / 2)
    expect(css).toContain(`font-family:"Source Sans 3${SUBSET_SUFFIX}";`)
    expect(css).toContain('src:url(data:font/woff2;base64,')
    expect(css, 'the file is not fetched for the copy').not.toContain('assets/sans.woff2')
    expect(css).toContain(`h1:is(#p *){font-family:"Source Sans 3${SUBSET_SUFFIX}", sans-serif}`)
    expect(fonts).toEqual([`normal 400 1em "Source Sans 3${SUBSET_SUFFIX}"`])
  })

  it('refuses a face it cannot subset', async () => {
    await expect(inlineFontSubsets({ ...captured, css: '@font-face{font-family:"X";src:url(/x.ttf)}' }, dir, '/')).rejects.toThrow(/WOFF2/)
  })
})

describe('withSubsetFallbacks', () => {
  const sub = (family: string) => `"${family}${SUBSET_SUFFIX}"`

  it('names each subset family right after its family in every font list, quoted or not, in custom properties too', () => {
    const css = 'body{margin:0;font-family:"Source Sans 3",ui-sans-serif}.m{font-family:JetBrains Mono,monospace}:root{--slidev-code-font-family:"JetBrains Mono",monospace}.r{font-family: \'Source Sans 3\', sans-serif !important}'
    expect(withSubsetFallbacks(css, ['Source Sans 3', 'JetBrains Mono'])).toBe(`body{margin:0;font-family:"Source Sans 3",${sub('Source Sans 3')},ui-sans-serif}.m{font-family:JetBrains Mono,${sub('JetBrains Mono')},monospace}:root{--slidev-code-font-family:"JetBrains Mono",${sub('JetBrains Mono')},monospace}.r{font-family: 'Source Sans 3',${sub('Source Sans 3')}, sans-serif !important}`)
  })

  it('leaves @font-face rules, other families, longer names and other properties alone', () => {
    const css = '@font-face{font-family:"Source Sans 3";src:url(a.woff2)}.a{font-family:"Source Sans 3 Pro",serif}.b{--x:"Source Sans 3"}.c{font-family:Georgia}'
    expect(withSubsetFallbacks(css, ['Source Sans 3'])).toBe(css)
    expect(withSubsetFallbacks('.a{font-family:"Source Sans 3"}', [])).toBe('.a{font-family:"Source Sans 3"}')
  })
})
