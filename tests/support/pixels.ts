import type { Buffer } from 'node:buffer'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/** Share of pixels that differ between two PNG screenshots (pixelmatch, threshold 0.1); screenshots of different sizes differ entirely. */
export function differingShare(a: Buffer, b: Buffer): number {
  const one = PNG.sync.read(a)
  const two = PNG.sync.read(b)
  if (one.width !== two.width || one.height !== two.height)
    return 1
  return pixelmatch(one.data, two.data, undefined, one.width, one.height, { threshold: 0.1 }) / (one.width * one.height)
}
