/**
 * Type declarations for the deep imports of `@slidev/client` this project
 * uses (tsconfig maps `@slidev/client/*` here, for the same reason as
 * slidev-client.d.ts): the slide wrapper, fixed click contexts, dark mode.
 * Vite still loads the real modules.
 */
import type { SlideRoute } from '@slidev/types'
import type { DefineComponent, WritableComputedRef } from 'vue'

/** A click context fixed at one click (Slidev's composables/useClicks). */
export interface ClicksContext {
  current: number
  readonly total: number
}

export function createFixedClicks(route?: SlideRoute, currentInit?: number): ClicksContext

/** internals/SlideWrapper.vue: one slide, with its layout and per-slide layers. */
declare const SlideWrapper: DefineComponent<{
  route: SlideRoute
  clicksContext: ClicksContext
  renderContext?: 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'
}>
export default SlideWrapper

/** logic/dark.ts */
export const isDark: WritableComputedRef<boolean>
export function toggleDark(value?: boolean): boolean
