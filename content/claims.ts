import type { Claim } from './types'

/**
 * Statements the slides show that are neither quotes nor events, in our
 * words. Article claims carry the article's supporting words; context claims
 * a named source; inferences the reason we draw them. None of these texts is
 * ever put inside quote marks.
 */
const claimList = {
  C1: {
    id: 'C1',
    text: 'Cooperation held in security, migration and North American economic integration through Sheinbaum’s first two weeks and more.',
    speaker: 'salazar',
    evidence: { 2: 'cooperation has been maintained in matters of security, migration and economic integration of the North American region' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  C2: {
    id: 'C2',
    text: 'His message was an attempt to restore a relationship damaged in the last stretch of López Obrador’s government.',
    speaker: 'reporter',
    evidence: { 2: 'is an attempt to restore the bilateral relationship, which was damaged in the last stretch of the Government of Andrés Manuel López Obrador' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  C3: {
    id: 'C3',
    text: 'Delegations of both countries have held intense work sessions since October 1.',
    speaker: 'salazar',
    evidence: { 3: 'the delegations of both countries have held intense work sessions' },
    provenance: { kind: 'article', paragraphs: [3] },
  },
  C4: {
    id: 'C4',
    text: 'The relationship under Sheinbaum did not start off well at all.',
    speaker: 'reporter',
    evidence: { 4: 'The bilateral relationship in the Sheinbaum Administration did not start off well at all.' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C5: {
    id: 'C5',
    text: 'Washington must officially clarify how El Mayo was arrested and transferred to US territory.',
    speaker: 'sheinbaum',
    evidence: { 4: 'The president has demanded that Washington officially clarify the circumstances of El Mayo Zambada’s arrest and his subsequent transfer to US territory' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C6: {
    id: 'C6',
    text: 'The arrest was made behind the Mexican government’s back, a sign of Washington’s distrust.',
    speaker: 'reporter',
    evidence: { 4: 'the arrest was made behind the back of the Mexican government, a sign of Washington’s distrust of its counterparts' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C7: {
    id: 'C7',
    text: 'The capture set off a war between Sinaloa Cartel groups that has left dozens dead.',
    speaker: 'reporter',
    evidence: { 4: 'has unleashed a war between groups of the Sinaloa Cartel and has left dozens dead' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C8: {
    id: 'C8',
    text: 'The instruction came as the culmination of the tensions.',
    speaker: 'reporter',
    evidence: { 4: 'As a culmination of the tensions' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C9: {
    id: 'C9',
    text: 'Asked whether the Biden administration would clarify El Mayo’s capture, Salazar answered briefly.',
    speaker: 'reporter',
    evidence: { 5: 'Salazar was questioned about whether the Biden administration would heed the request to clarify the details of El Mayo’s capture' },
    provenance: { kind: 'article', paragraphs: [5] },
  },
  C10: {
    id: 'C10',
    text: 'The US has cooperated by sharing information since the first moment of the arrest.',
    speaker: 'salazar',
    evidence: { 5: 'the US has cooperated by sharing information from the first moment of the arrest' },
    provenance: { kind: 'article', paragraphs: [5] },
  },
  C11: {
    id: 'C11',
    text: 'Salazar preferred to stress the strengths of the relationship.',
    speaker: 'reporter',
    evidence: { 5: 'Salazar preferred to highlight the strengths of the bilateral relationship' },
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
  C14: {
    id: 'C14',
    text: 'El Mayo Zambada was captured without Mexico’s collaboration.',
    speaker: 'reporter',
    evidence: { 2: 'the capture – without Mexico’s collaboration – of the drug lord Ismael El Mayo Zambada' },
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
    text: 'The SRE channel is for requests for information, not all contact: face-to-face meetings followed on Tuesday and Wednesday.',
    provenance: { kind: 'inference', why: 'The instruction (¶4) names requests for information; the meetings of ¶3 came after it.' },
  },
} as const satisfies Record<string, Claim>

export type KnownClaimId = keyof typeof claimList

export const claims: Readonly<Record<KnownClaimId, Claim>> = claimList
