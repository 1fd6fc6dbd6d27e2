import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckSources, LEAVES, leavesFor } from '../../scripts/lib/lean-client.mjs'

const names = (sources: string[]) => leavesFor(sources).leaves.map(leaf => leaf.source)

describe('what the site leaves out', () => {
  it('leaves out every leaf, and Vue\'s compiler, for this deck', () => {
    const chosen = leavesFor(deckSources(join(import.meta.dirname, '..', '..')))
    expect(chosen.leaves.map(leaf => leaf.source)).toEqual(LEAVES.map(leaf => leaf.source))
    expect(chosen.runtimeOnlyVue).toBe(true)
  })

  it('keeps a directive a source uses', () => {
    expect(names(['<div v-motion :initial="{ x: 0 }" />'])).not.toContain('@vueuse/motion')
    expect(names(['<span v-mark.red="2">word</span>'])).not.toContain('@slidev/rough-notation')
    expect(names(['<span v-mark.red="2">word</span>'])).toContain('@vueuse/motion')
  })

  it('keeps Vue\'s compiler where a component is given a template string', () => {
    expect(leavesFor(['defineComponent({ template: `<p>{{ x }}</p>` })']).runtimeOnlyVue).toBe(false)
    expect(leavesFor(['<template><p>{{ x }}</p></template>']).runtimeOnlyVue).toBe(true)
  })

  it('reads the deck\'s own sources: slides.md and its component folders', () => {
    const sources = deckSources(join(import.meta.dirname, '..', '..'))
    expect(sources.some(text => text.includes('# There is no pause'))).toBe(true)
    expect(sources.length).toBeGreaterThan(20)
  })
})
