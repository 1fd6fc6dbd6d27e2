import type { Claim } from './types'

/**
 * Statements the slides show that are neither quotes nor events, in our
 * words. Article claims carry the article's supporting words; context claims
 * a named source; inferences the reason we draw them. None of these texts is
 * ever put inside quote marks.
 */
const claimList = {
  C10: {
    id: 'C10',
    text: 'The US has cooperated by sharing information since the first moment of the arrest.',
    speaker: 'salazar',
    evidence: { 5: 'the US has cooperated by sharing information from the first moment of the arrest' },
    provenance: { kind: 'article', paragraphs: [5] },
  },
  C12: {
    id: 'C12',
    text: 'Bilateral information exchange will be a priority, to prevent more corrupt officials.',
    speaker: 'salazar',
    evidence: { 6: 'priority will be given to the exchange of bilateral information to prevent more corrupt officials' },
    provenance: { kind: 'article', paragraphs: [6] },
  },
  C13: {
    id: 'C13',
    text: 'The Biden administration criticized the controversial judicial reform.',
    speaker: 'reporter',
    evidence: { 2: 'the criticism launched by the Administration of Joe Biden to the controversial judicial reform' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  X1: {
    id: 'X1',
    text: 'Announcing the rule, Sheinbaum said the ambassador used to call one cabinet secretary, then another.',
    provenance: { kind: 'context', sources: ['expansion', 'proceso'] },
  },
  I1: {
    id: 'I1',
    text: 'The SRE passes each request on to the Cabinet ministry concerned.',
    provenance: { kind: 'inference', why: 'The article says requests are channeled through the SRE; it does not say what the SRE does with them.' },
  },
  I2: {
    id: 'I2',
    text: 'The answer returns to the Embassy the same way, through the SRE.',
    provenance: { kind: 'inference', why: 'The article is silent on answers; a single channel implies the return path.' },
  },
  I3: {
    id: 'I3',
    text: 'Before the instruction, the Embassy could ask ministries directly.',
    provenance: { kind: 'inference', why: 'Supported only by Sheinbaum’s 11 Oct remark (X1); the article does not describe the earlier practice.' },
  },
  I4: {
    id: 'I4',
    text: 'The rule covers requests for information, not all contact.',
    provenance: { kind: 'inference', why: 'The instruction (¶4) names requests for information; the face-to-face meetings of ¶3, on Tuesday and Wednesday, came after it.' },
  },
} as const satisfies Record<string, Claim>

export type KnownClaimId = keyof typeof claimList

export const claims: Readonly<Record<KnownClaimId, Claim>> = claimList
