/**
 * Type declarations for the parts of `@slidev/client` this project uses.
 * `@slidev/client` ships as TypeScript source that only type-checks inside
 * Slidev's own build (it relies on build-time globals), so tsconfig maps the
 * import here for vue-tsc; Vite still loads the real module.
 */
import type { SlideRoute } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export type RenderContext = 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'

/** Frontmatter keys this deck reads (see slide-top.vue and layouts/default.vue). */
export interface DeckFrontmatter {
  [key: string]: unknown
  kicker?: string
  paras?: readonly (1 | 2 | 3 | 4 | 5 | 6 | 7)[]
  context?: readonly ('elpais' | 'semafor' | 'ap' | 'reuters' | 'expansion' | 'proceso')[]
  inferred?: boolean
  footer?: boolean
}

export interface SlideContext {
  $frontmatter: DeckFrontmatter
  $page: Ref<number>
  $clicks: Ref<number>
  $renderContext: Ref<RenderContext>
  $nav: Ref<{ total: number, currentSlideNo: number, clicks: number }>
}

export function useSlideContext(): SlideContext
export function onSlideEnter(callback: () => void): void
export function onSlideLeave(callback: () => void): void

/** The navigation state (the parts this project reads). */
export interface Nav {
  slides: Ref<SlideRoute[]>
  currentSlideNo: ComputedRef<number>
  isPresenter: ComputedRef<boolean>
}

export function useNav(): Nav
