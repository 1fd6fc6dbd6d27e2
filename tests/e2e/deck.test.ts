import type { PageProblems } from '../support/browser'
import { describe, expect, inject, it } from 'vitest'
import { watchPage } from '../support/browser'
import { walkClickStates } from '../support/clicks'
import { deckSession } from '../support/session'

const url = inject('deckUrl')
const deck = deckSession()

function expectClean(problems: PageProblems, where: string) {
  expect(problems.offHost, `requests off the host on ${where}`).toEqual([])
  expect(problems.errors, `console/page errors on ${where}`).toEqual([])
}

describe('the built deck', () => {
  it('has slides to check', () => {
    expect(deck.slides.length).toBeGreaterThan(2)
  })

  it('opens every slide by URL, visible, with no error and no off-host request', async () => {
    for (let no = 1; no <= deck.slides.length; no++) {
      const page = await deck.context.newPage()
      const problems = await watchPage(page)
      await page.goto(`${url}#/${no}`)
      await page.locator(`.slidev-page-${no}`).waitFor({ state: 'attached' })
      await page.waitForLoadState('networkidle')
      expect(await page.locator(`.slidev-page-${no}`).isVisible(), `slide ${no} is visible`).toBe(true)
      expectClean(problems, `slide ${no} (${deck.slides[no - 1]!.title ?? 'untitled'})`)
      await page.close()
    }
  })

  it('steps through every click with ArrowRight to the last slide', async () => {
    const page = await deck.context.newPage()
    const problems = await watchPage(page)
    const visited = await walkClickStates(page, url)
    expect(page.url()).toMatch(new RegExp(`#/${deck.slides.length}(\\?|$)`))
    await page.waitForLoadState('networkidle')
    expect(await page.locator(`.slidev-page-${deck.slides.length}`).isVisible(), 'the last slide is visible').toBe(true)
    expect(visited.length).toBeGreaterThanOrEqual(deck.slides.length)
    expectClean(problems, 'the walk through all clicks')
    await page.close()
  })

  it('opens the presenter view with the first slide\'s notes', async () => {
    const page = await deck.context.newPage()
    const problems = await watchPage(page)
    await page.goto(`${url}#/presenter/1`)
    const firstNote = deck.slides[0]!.note!.trim().split('\n')[0]!.trim()
    await expect.poll(() => page.getByText(firstNote, { exact: false }).first().isVisible()).toBe(true)
    expectClean(problems, 'the presenter view')
    await page.close()
  })

  it('opens the overview with every slide', async () => {
    const page = await deck.context.newPage()
    const problems = await watchPage(page)
    await page.goto(`${url}#/overview`)
    await expect.poll(() => page.locator('.slidev-page').count()).toBeGreaterThanOrEqual(deck.slides.length)
    expectClean(problems, 'the overview')
    await page.close()
  })
})
