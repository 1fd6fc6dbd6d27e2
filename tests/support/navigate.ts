import { openSettled } from '../../scripts/lib/built-deck.mjs'
import { slideNumber } from './clicks'

/** openSettled: the one "slide is drawn" wait, shared with the scripts (scripts/lib/built-deck.mjs). */
export { openSettled, slideNumber }

const CLICKS_IN_HASH = /[?&]clicks=(\d+)/

/** Click state of a deck URL (`…#/7?clicks=2` → 2), or 0. */
export function clickNumber(url: string): number {
  return Number(CLICKS_IN_HASH.exec(url)?.[1] ?? 0)
}

/**
 * The URL of every slide's final click state, from the URLs of a walk
 * through all click states (`walkClickStates`): the last URL seen on slide N
 * (e.g. `#/N?clicks=3`) is its final state. Index 0 is slide 1.
 */
export function finalClickUrls(states: readonly string[]): string[] {
  const finals: string[] = []
  for (const url of states)
    finals[slideNumber(url) - 1] = url
  return finals
}
