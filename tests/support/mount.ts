import type { Component } from 'vue'
import { mount } from '@vue/test-utils'

/**
 * Mounts a deck component outside Slidev: the `v-click` directive becomes a
 * no-op that records its value on the element, so tests can see which parts
 * are click-revealed, and Slidev's built-in <Mermaid> a stub (the source it
 * was given is GeneratedDiagram's `code` prop). Errors thrown while rendering
 * are collected in `errors` when given (Vue would otherwise only log them).
 */
export function mountDeck<T extends Component>(component: T, props: Record<string, unknown> = {}, errors?: unknown[]) {
  return mount(component as Component, {
    props,
    global: {
      config: errors ? { errorHandler: (error: unknown) => void errors.push(error) } : {},
      stubs: { Mermaid: true },
      directives: {
        click: {
          mounted(el: HTMLElement, binding: { value: unknown }) {
            el.dataset.click = String(binding.value ?? true)
          },
        },
      },
    },
  })
}
