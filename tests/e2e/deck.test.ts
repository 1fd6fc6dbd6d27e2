import type { PageProblems } from '../support/browser'
import { describe, expect, inject, it } from 'vitest'
import { watchPage } from '../support/browser'
import { walkClickStates } from '../support/clicks'
import { deckSession, VIEWPORT } from '../support/session'

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

  for (const where of ['the deck', 'the presenter view'] as const) {
    it(`keeps the screen awake in ${where} from the first key press where the browser allows it, and takes a refusal quietly`, async () => {
      const hash = where === 'the deck' ? '#/1' : '#/presenter/1'
      // Granted, as Chrome does for a visible page: a lock is held once a key has been pressed, not before.
      const granted = await deck.browser.newContext({ viewport: VIEWPORT, permissions: ['screen-wake-lock'] })
      await granted.addInitScript(() => {
        const held: { released: boolean }[] = []
        ;(window as unknown as { locks: typeof held }).locks = held
        const lock = navigator.wakeLock
        const request = lock.request.bind(lock)
        lock.request = async (type) => {
          const sentinel = await request(type)
          held.push(sentinel)
          return sentinel
        }
      })
      const page = await granted.newPage()
      const problems = await watchPage(page)
      await page.goto(`${url}${hash}`)
      await page.locator('.slidev-page-1').first().waitFor()
      const held = () => page.evaluate(() => (window as unknown as { locks: { released: boolean }[] }).locks.filter(s => !s.released).length)
      expect(await held(), 'no lock before a gesture').toBe(0)
      await page.keyboard.press('ArrowRight')
      await expect.poll(held, { message: 'a lock held after the first key press' }).toBe(1)
      expectClean(problems, `${where}, wake lock granted`)
      await granted.close()
      // Refused, as WebKit does without a gesture and a headless Chromium without the permission: no error.
      const refused = await deck.context.newPage()
      const quiet = await watchPage(refused)
      await refused.goto(`${url}${hash}`)
      await refused.locator('.slidev-page-1').first().waitFor()
      await refused.keyboard.press('ArrowRight')
      await refused.waitForTimeout(300)
      expectClean(quiet, `${where}, wake lock refused`)
      await refused.close()
    })
  }
})
