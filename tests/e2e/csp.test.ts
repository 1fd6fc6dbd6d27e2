import { describe, expect, inject, it } from 'vitest'
import { watchPage } from '../support/browser'
import { OTHER_HOST, probeOtherHost } from '../support/csp'
import { finalClickUrls, openSettled } from '../support/navigate'
import { deckSession } from '../support/session'

const url = inject('deckUrl')
const deck = deckSession()

describe('the built site\'s Content-Security-Policy', () => {
  it('is in the page, allowing its own origin only, no other host, no plugins, no <base>', async () => {
    const page = await deck.context.newPage()
    await page.goto(`${url}#/1`)
    const { policy } = await probeOtherHost(page)
    expect(policy).toMatch(/default-src 'self'/)
    expect(policy).toMatch(/connect-src 'self'(;|$)/)
    expect(policy).toMatch(/object-src 'none'/)
    expect(policy).toMatch(/base-uri 'none'/)
    expect(policy, 'no host but the page\'s own').not.toMatch(/https?:/)
    await page.close()
  })

  it('blocks a fetch, an image and a font from another host, each with a violation the page sees', async () => {
    const page = await deck.context.newPage()
    const answered: string[] = []
    const refused: string[] = []
    page.on('response', response => response.url().startsWith(OTHER_HOST) && answered.push(response.url()))
    page.on('requestfailed', request => request.url().startsWith(OTHER_HOST) && refused.push(request.failure()?.errorText ?? ''))
    await page.goto(`${url}#/1`)
    await page.locator('.slidev-page-1').waitFor()
    const { blocked } = await probeOtherHost(page)
    expect(blocked).toEqual({ fetch: ['connect-src'], image: ['img-src'], font: ['font-src'] })
    expect(answered, 'loads that got an answer').toEqual([])
    // The browser refused them itself: not a network failure, a policy's.
    expect(refused, 'why the loads failed').toEqual(['csp', 'csp'])
    await page.close()
  })

  it('is never broken by the deck itself, on any slide at any click, nor in the presenter view or the print', async () => {
    const page = await deck.context.newPage()
    const problems = await watchPage(page)
    const finals = finalClickUrls(inject('clickStates'))
    for (const state of inject('clickStates')) {
      const no = Number(new URL(state).hash.match(/#\/(\d+)/)?.[1])
      await openSettled(page, state, no, { diagram: Boolean(deck.slides[no - 1]?.frontmatter.diagram) })
    }
    for (const path of [`#/presenter/${finals.length}`, `?print#/1`])
      await page.goto(`${url}${path}`)
    await page.waitForTimeout(1000)
    expect(problems.errors.filter(e => /CSP|Content Security Policy/i.test(e)), 'policy violations').toEqual([])
    expect(problems.errors).toEqual([])
    await page.close()
  })
})
