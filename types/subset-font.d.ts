/** subset-font 2.9 ships no types: the call scripts/lib/placeholder-fonts.mjs makes. */
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt', preserveNameIds?: number[], variationAxes?: Record<string, number>, noLayoutClosure?: boolean }): Promise<Buffer>
}
