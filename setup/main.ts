import { defineAppSetup } from '@slidev/types'
import { useLocalStorage } from '@vueuse/core'
import { keepScreenAwake } from '../lib/wakeLock'

/**
 * Runs once in every window of the deck (slides, presenter view, overview).
 *
 * Light is the default (projectors wash out dark slides, and print is light):
 * a viewer who has not chosen a colour scheme gets light even when their
 * system prefers dark. The toggle in the navigation bar still switches.
 */
export default defineAppSetup(() => {
  const scheme = useLocalStorage('slidev-color-schema', 'auto')
  if (scheme.value === 'auto')
    scheme.value = 'light'
  // The presenter's screen stays awake from the first key or click (lib/wakeLock.ts; Slidev's own request is off).
  if (typeof window !== 'undefined')
    keepScreenAwake({ navigator, document, window })
})
