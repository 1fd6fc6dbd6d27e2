import type { SlideInfo } from '@slidev/types'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { AuditArgs, DiagramArea, DiagramInfo, FillFindings, Finding, FocusStyle, LayoutFindings, TypeFindings } from '../support/audit'
import type { AxeProblem } from '../support/axe'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  auditDiagramArea,
  auditDiagrams,
  auditFill,
  auditLayout,
  auditType,
  BODY_BLOCKS,
  CANVAS_WIDTH,
  CENTRE_TOLERANCE,
  focusables,
  focusedOnSlide,
  LAYOUT_TOLERANCE_PX,
  MIN_BODY_PX,
  MIN_DIAGRAM_PX,
  MIN_DIAGRAM_SHARE,
  MIN_FILL,
  MIN_HEADLINE_PX,
  MIN_QUOTE_PX,
  MIN_TEXT_PX,
  motion,
  NOT_BODY,
} from '../support/audit'
import { axeProblems } from '../support/axe'
import { launchChromium, watchPage } from '../support/browser'
import { unexplainedWarnings } from '../support/console-allow'
import { loadDeck } from '../support/deck'
import { clickNumber, finalClickUrls, openSettled, slideNumber } from '../support/navigate'
import { schemeContext } from '../support/session'

/**
 * Quality gates over the built deck. Every slide is checked at its final
 * click state and, when it has clicks, at its first one too (text waiting for
 * its click must be hidden or legible): accessibility (axe in light and dark
 * mode), layout (inside the canvas, no clipped text) and legibility (type
 * floors in canvas px, diagram labels included). At the final state also:
 * diagrams' titles and size, keyboard focus; and over the deck: lang,
 * reduced motion and a clean console. Each failure names the slide and its
 * click state, its title and the element's text.
 */

const url = inject('deckUrl')
const MODES = ['light', 'dark'] as const
type Mode = typeof MODES[number]

/** One click state of one slide: the first or the final. */
interface StateAudit {
  no: number
  url: string
  final: boolean
  where: string
  axe: Record<Mode, AxeProblem[]>
  layout?: LayoutFindings
  type?: TypeFindings
}

/** What is checked once per slide, at its final state. */
interface SlideAudit {
  where: string
  /** How much of the band the evidence covers, and whether the slide asks to be centred instead. */
  fill: FillFindings & { centred: boolean }
  diagrams: DiagramInfo[]
  area: DiagramArea | null
  /** Focusable elements, and the focus style each showed when reached by Tab (absent: never reached). */
  focus: { label: string, style?: FocusStyle, unfocused?: FocusStyle }[]
}

let browser: Browser
let slides: SlideInfo[]
let finals: string[] = []
const states: StateAudit[] = []
const audits: SlideAudit[] = []
const warnings: string[] = []
const errors: string[] = []

async function newContext(mode: Mode, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<BrowserContext> {
  return schemeContext(browser, mode, { reducedMotion })
}

async function watched(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  const problems = await watchPage(page)
  // watchPage records the text; here each warning also says where the deck was.
  page.on('console', (message) => {
    if (message.type() === 'warning')
      warnings.push(`${message.text()} (on ${new URL(page.url()).hash || '#/1'})`)
  })
  page.on('close', () => {
    errors.push(...problems.errors, ...problems.offHost.map(u => `off-host request: ${u}`))
  })
  return page
}

function auditArgs(no: number): AuditArgs {
  return { no, canvasWidth: CANVAS_WIDTH, tolerance: LAYOUT_TOLERANCE_PX, minText: MIN_TEXT_PX, minBody: MIN_BODY_PX, minQuote: MIN_QUOTE_PX, minHeadline: MIN_HEADLINE_PX, minDiagram: MIN_DIAGRAM_PX, bodyBlocks: BODY_BLOCKS, notBody: NOT_BODY }
}

/** Tabs through the page and records the focus style of each focusable element of the slide. */
async function auditFocus(page: Page, no: number): Promise<SlideAudit['focus']> {
  const labels = await page.evaluate(focusables, no)
  const result: SlideAudit['focus'] = labels.map(label => ({ label }))
  if (!labels.length)
    return result
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const total = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, summary, iframe, [tabindex]').length)
  for (let press = 0; press < total + labels.length + 5; press++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(focusedOnSlide)
    const entry = focused && result[focused.index]
    if (entry && !entry.style)
      entry.style = focused.style
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  return result
}

function listFindings(findings: { where: string, items: Finding[] }[]): string[] {
  return findings.flatMap(({ where, items }) => items.map(f => `${where}: "${f.text}" — ${f.problem}`))
}

beforeAll(async () => {
  slides = await loadDeck()
  finals = finalClickUrls(inject('clickStates'))
  for (let no = 1; no <= slides.length; no++) {
    const title = `slide ${no} "${slides[no - 1]?.title ?? 'untitled'}"`
    const finalUrl = finals[no - 1]
    if (!finalUrl)
      throw new Error(`the ArrowRight walk never reached ${title}`)
    const clicks = clickNumber(finalUrl)
    states.push({ no, url: finalUrl, final: true, where: `${title} (${new URL(finalUrl).hash}, last click)`, axe: { light: [], dark: [] } })
    if (clicks > 0)
      states.push({ no, url: `${url}#/${no}`, final: false, where: `${title} (#/${no}, first of ${clicks + 1} click states)`, axe: { light: [], dark: [] } })
  }
  browser = await launchChromium()
  for (const mode of MODES) {
    const context = await newContext(mode)
    const page = await watched(context)
    for (const state of states) {
      await openSettled(page, state.url, state.no, { diagram: Boolean(slides[state.no - 1]!.frontmatter.diagram) })
      state.axe[mode] = await axeProblems(page, `.slidev-page-${state.no}`)
      if (mode === 'dark') {
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'dark mode is on').toBe(true)
        continue
      }
      state.layout = await page.evaluate(auditLayout, auditArgs(state.no))
      state.type = await page.evaluate(auditType, auditArgs(state.no))
      if (state.final) {
        audits.push({
          where: state.where,
          fill: { ...await page.evaluate(auditFill, state.no), centred: slides[state.no - 1]!.frontmatter.fill === 'center' },
          diagrams: await page.evaluate(auditDiagrams, state.no),
          area: await page.evaluate(auditDiagramArea, state.no),
          focus: await auditFocus(page, state.no),
        })
      }
    }
    await page.close()
    await context.close()
  }
}, 600_000)

afterAll(async () => {
  await browser?.close()
})

describe('quality gates over the built deck', () => {
  it('reaches the final click state of every slide', () => {
    expect(finals.map(slideNumber)).toEqual(slides.map((_, i) => i + 1))
  })

  it('declares the document language', async () => {
    const page = await browser.newPage()
    await page.goto(`${url}#/1`)
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/)
    await page.close()
  })

  it('checks the first click state of every slide that has clicks, as well as the last', () => {
    const withClicks = states.filter(state => !state.final).map(state => state.no)
    expect(withClicks.length, 'slides with clicks').toBeGreaterThan(0)
    expect(states.filter(state => state.final)).toHaveLength(slides.length)
  })

  for (const mode of MODES) {
    it(`has no serious or critical axe violation on any slide in ${mode} mode, first and last click`, () => {
      const problems = states.flatMap(a => a.axe[mode].map(p => `${a.where}: ${p.rule} (${p.impact}) ${p.help} — ${p.target} ${p.html}`))
      expect(problems).toEqual([])
    })
  }

  it(`lets every diagram fill ${MIN_DIAGRAM_SHARE * 100}% of its slide's content area or more`, () => {
    const withDiagrams = audits.filter(a => a.area)
    expect(withDiagrams.length, 'slides with a diagram').toBeGreaterThan(0)
    const small = withDiagrams.filter(a => a.area!.share < MIN_DIAGRAM_SHARE).map(({ where, area }) =>
      `${where}: the diagram fills ${(area!.share * 100).toFixed(0)}% (${area!.diagram.width.toFixed(0)}×${area!.diagram.height.toFixed(0)} of ${area!.content.width.toFixed(0)}×${area!.content.height.toFixed(0)} canvas px)`)
    expect(small).toEqual([])
  })

  it(`sets every diagram label at ${MIN_DIAGRAM_PX} canvas px or more`, () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.type!.diagramTooSmall })))).toEqual([])
  })

  it('gives every diagram an accessible title and description', () => {
    const problems = audits.flatMap(a => a.diagrams
      .filter(d => !d.name || !d.description)
      .map(d => `${a.where}: a diagram (svg in ${d.where}) has ${!d.name ? 'no title (Mermaid: accTitle)' : ''}${!d.name && !d.description ? ' and ' : ''}${!d.description ? 'no description (Mermaid: accDescr)' : ''}`))
    expect(problems).toEqual([])
  })

  it('reaches every control by Tab and shows a visible focus indicator', () => {
    const problems = audits.flatMap(a => a.focus.flatMap(({ label, style }) => {
      if (!style)
        return [`${a.where}: ${label} is never reached by Tab`]
      if (style.outline === 'none' && style.boxShadow === 'none')
        return [`${a.where}: ${label} shows no focus indicator (outline and box-shadow are none)`]
      return []
    }))
    expect(problems).toEqual([])
  })

  it('turns slide transitions and animations off under prefers-reduced-motion', async () => {
    const context = await newContext('light', 'reduce')
    const page = await watched(context)
    const problems: string[] = []
    for (let no = 1; no <= slides.length; no++) {
      await openSettled(page, finals[no - 1]!, no, { diagram: Boolean(slides[no - 1]!.frontmatter.diagram) })
      const { moving, transitionVar } = await page.evaluate(motion, no)
      if (Number.parseFloat(transitionVar) > 0)
        problems.push(`slide ${no}: --slidev-transition-duration is ${transitionVar}`)
      problems.push(...moving.map(m => `slide ${no} "${slides[no - 1]?.title}": ${m}`))
    }
    // Moving on from the first slide's final state starts no animation that takes time.
    await openSettled(page, finals[0]!, 1)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(u => slideNumber(u.toString()) === 2)
    const running = await page.evaluate(() => document.getAnimations()
      .filter(a => Number(a.effect?.getComputedTiming().duration ?? 0) > 0)
      .map(a => `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName ?? ''}`))
    problems.push(...running.map(r => `the move to slide 2 runs ${r}`))
    await page.close()
    await context.close()
    expect(problems).toEqual([])
  })

  it(`fills ${MIN_FILL * 100}% of every slide's band with its evidence, or centres it there when the slide says so`, () => {
    const problems = audits.flatMap(({ where, fill }) => {
      const share = `${(fill.fill * 100).toFixed(0)}% of the ${fill.band.toFixed(0)} px band (${fill.above.toFixed(0)} px empty above, ${fill.below.toFixed(0)} below)`
      if (fill.centred)
        return Math.abs(fill.above - fill.below) <= CENTRE_TOLERANCE * fill.band ? [] : [`${where}: centred, but off centre: ${share}`]
      return fill.fill >= MIN_FILL ? [] : [`${where}: covers ${share}`]
    })
    expect(problems).toEqual([])
  })

  it('keeps every element of every slide inside the canvas and clear of the footer', () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.layout!.outside })))).toEqual([])
  })

  it('clips no text on any slide', () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.layout!.clipped })))).toEqual([])
  })

  it(`sets no visible text below ${MIN_TEXT_PX} canvas px`, () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.type!.tooSmall })))).toEqual([])
  })

  it(`sets body text at ${MIN_BODY_PX} canvas px or more`, () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.type!.bodyTooSmall })))).toEqual([])
  })

  it(`sets quotes at ${MIN_QUOTE_PX} canvas px or more`, () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.type!.quoteTooSmall })))).toEqual([])
  })

  it(`sets headlines at ${MIN_HEADLINE_PX} canvas px or more`, () => {
    expect(listFindings(states.map(a => ({ where: a.where, items: a.type!.headlineTooSmall })))).toEqual([])
  })

  it('logs no error and no warning outside the allow-list', () => {
    expect(errors).toEqual([])
    expect(unexplainedWarnings(warnings)).toEqual([])
  })
})
