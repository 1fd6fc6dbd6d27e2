/**
 * Whether the deck is being printed: Slidev's exporter (PDF, per-click PDF)
 * and its print view open the deck with `?print` in the address. Slides in
 * the exporter's print layout get a navigation context without
 * `isPrintMode`, so components that print differently ask here.
 */
export function isPrinting(): boolean {
  return new URLSearchParams(globalThis.location?.search ?? '').has('print')
}
