import { describe, expect, it } from 'vitest'
import { holdPreloading, isReading, READING_MAX_WIDTH, sectionInView } from '../../lib/reading'

const phone = { width: 390, search: '', presenter: false }
const laptop = { width: 1280, search: '', presenter: false }

describe('isReading', () => {
  it('reads a narrow screen as a scroll, and shows slides on a wide one', () => {
    expect(isReading(phone)).toBe(true)
    expect(isReading({ ...phone, width: READING_MAX_WIDTH })).toBe(true)
    expect(isReading({ ...phone, width: READING_MAX_WIDTH + 1 })).toBe(false)
    expect(isReading(laptop)).toBe(false)
  })

  it('follows ?view=read and ?view=slides on any screen', () => {
    expect(isReading({ ...laptop, search: '?view=read' })).toBe(true)
    expect(isReading({ ...phone, search: '?view=slides' })).toBe(false)
  })

  it('never takes over the presenter view, a print or an embedded slide', () => {
    expect(isReading({ ...phone, presenter: true })).toBe(false)
    expect(isReading({ ...phone, search: '?print' })).toBe(false)
    expect(isReading({ ...phone, search: '?print=clicks&view=read' })).toBe(false)
    expect(isReading({ ...phone, search: '?embedded=true' })).toBe(false)
  })
})

describe('sectionInView', () => {
  it('is the last section whose top has passed a third of the screen', () => {
    expect(sectionInView([0, 900, 1800], 800)).toBe(0)
    expect(sectionInView([-900, 0, 900], 800)).toBe(1)
    expect(sectionInView([-1800, -900, 200], 800)).toBe(2)
  })

  it('is the first section before any has reached the line', () => {
    expect(sectionInView([400, 1300], 800)).toBe(0)
  })
})

describe('holdPreloading', () => {
  it('says preload: false while held, and gives each route back what it said', () => {
    const frontmatters: { preload?: boolean }[] = [{}, { preload: false }, { preload: true }]
    holdPreloading(frontmatters, true)
    expect(frontmatters.map(f => f.preload)).toEqual([false, false, false])
    holdPreloading(frontmatters, true)
    holdPreloading(frontmatters, false)
    expect(frontmatters).toEqual([{}, { preload: false }, { preload: true }])
  })
})
