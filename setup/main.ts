import { defineAppSetup } from '@slidev/types'
import { useLocalStorage } from '@vueuse/core'

/**
 * Light is the default (projectors wash out dark slides, and print is light):
 * a viewer who has not chosen a colour scheme gets light even when their
 * system prefers dark. The toggle in the navigation bar still switches.
 */
export default defineAppSetup(() => {
  const scheme = useLocalStorage('slidev-color-schema', 'auto')
  if (scheme.value === 'auto')
    scheme.value = 'light'
})
