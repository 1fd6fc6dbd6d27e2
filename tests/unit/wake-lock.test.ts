import type { WakeLockHost } from '../../lib/wakeLock'
import { describe, expect, it } from 'vitest'
import { keepScreenAwake } from '../../lib/wakeLock'

/** A page with a wake lock that grants or refuses, and its listeners to fire by hand. */
function fakePage(grant: boolean | 'none') {
  const listeners = new Map<string, (() => void)[]>()
  const on = (type: string, listener: () => void) => listeners.set(type, [...listeners.get(type) ?? [], listener])
  const requests: string[] = []
  const sentinels: { released: boolean, release: () => void }[] = []
  const fire = (type: string) => [...listeners.get(type) ?? []].forEach(listener => listener())
  const host: WakeLockHost = {
    navigator: grant === 'none'
      ? {}
      : {
          wakeLock: {
            request: async (type) => {
              requests.push(type)
              if (!grant)
                throw new DOMException('Permission was denied', 'NotAllowedError')
              const releaseListeners: (() => void)[] = []
              const sentinel = {
                released: false,
                addEventListener: (_: 'release', listener: () => void) => void releaseListeners.push(listener),
                release: () => {
                  sentinel.released = true
                  releaseListeners.forEach(listener => listener())
                },
              }
              sentinels.push(sentinel)
              return sentinel
            },
          },
        },
    document: { visibilityState: 'visible', addEventListener: on },
    window: {
      addEventListener: on,
      removeEventListener: (type, listener) => listeners.set(type, (listeners.get(type) ?? []).filter(l => l !== listener)),
    },
  }
  return { host, requests, sentinels, fire }
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0))

describe('keepScreenAwake', () => {
  it('asks for nothing until the first key press or click', async () => {
    const page = fakePage(true)
    keepScreenAwake(page.host)
    await settle()
    expect(page.requests).toEqual([])
  })

  it('holds a screen lock after the first key press, asking once', async () => {
    const page = fakePage(true)
    const state = keepScreenAwake(page.host)
    page.fire('keydown')
    page.fire('pointerdown')
    await settle()
    expect(page.requests).toEqual(['screen'])
    expect(state.held()).toBe(true)
  })

  it('asks again when the page comes back into view, after the browser dropped the lock', async () => {
    const page = fakePage(true)
    const state = keepScreenAwake(page.host)
    page.fire('pointerdown')
    await settle()
    page.sentinels[0]!.release()
    expect(state.held()).toBe(false)
    page.fire('visibilitychange')
    await settle()
    expect(page.requests).toEqual(['screen', 'screen'])
    expect(state.held()).toBe(true)
  })

  it('takes a refusal quietly: no rejection escapes, no lock is held', async () => {
    const page = fakePage(false)
    const state = keepScreenAwake(page.host)
    page.fire('keydown')
    await settle()
    expect(page.requests).toEqual(['screen'])
    expect(state.held()).toBe(false)
  })

  it('leaves a browser without wake lock alone', () => {
    const page = fakePage('none')
    expect(keepScreenAwake(page.host).held()).toBe(false)
    expect(() => page.fire('keydown')).not.toThrow()
  })
})
