import type { WatchItem } from './types'

const WHY = 'Our reading of what would confirm or change the picture the article gives; the article says nothing about what comes next.'

/**
 * What to watch: the open questions turned into signals, each our inference
 * (drawn dashed) and tied to the facts it is about, which earlier slides show.
 */
export const watchList: readonly WatchItem[] = [
  { id: 'W1', watch: 'A US answer on El Mayo', tells: 'whose office?', about: ['F19', 'F27'], provenance: { kind: 'inference', why: WHY } },
  { id: 'W2', watch: 'Requests via the SRE', tells: 'a lasting gate, or relaxed?', about: ['F24'], provenance: { kind: 'inference', why: WHY } },
  { id: 'W3', watch: 'Fentanyl and arms figures', tells: 'real progress?', about: ['F30'], provenance: { kind: 'inference', why: WHY } },
  { id: 'W4', watch: 'Corruption data shared', tells: 'alignment in practice?', about: ['F32', 'F33'], provenance: { kind: 'inference', why: WHY } },
]
