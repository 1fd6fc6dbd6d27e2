import { describe, expect, it } from 'vitest'
import { unexplainedWarnings } from '../support/console-allow'
import { slideNumber } from '../support/navigate'

describe('slideNumber', () => {
  it('reads the slide from a hash-routed URL with a click state', () => {
    expect(slideNumber('http://127.0.0.1:4000/#/12?clicks=3')).toBe(12)
  })

  it('is 0 for a URL that names no slide', () => {
    expect(slideNumber('http://127.0.0.1:4000/#/presenter')).toBe(0)
  })
})

describe('unexplainedWarnings', () => {
  const allowed = [{ name: 'known notice', pattern: /^\[known\]/, why: 'explained' }]

  it('drops the warnings an allow-list entry explains', () => {
    expect(unexplainedWarnings(['[known] fine', 'something else'], allowed)).toEqual(['something else'])
  })

  it('keeps every warning when the allow-list is empty', () => {
    expect(unexplainedWarnings(['a', 'b'], [])).toEqual(['a', 'b'])
  })
})
