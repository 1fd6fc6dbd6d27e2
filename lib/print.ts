/**
 * Whether the deck is being printed: Slidev's exporter (PDF, per-click PDF)
 * and its print view open the deck with `?print` in the address. Slides in
 * the exporter's print layout get a navigation context without
 * `isPrintMode`, so components that print differently ask here.
 */
export function isPrinting(): boolean {
  return hasPrintQuery(globalThis.location?.search ?? '')
}

/** Whether a `location.search` asks for the print layout (`?print`). */
export function hasPrintQuery(search: string): boolean {
  return new URLSearchParams(search).has('print')
}
