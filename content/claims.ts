import type { Claim } from './types'

/**
 * Statements the slides show that are neither quotes nor events, in our
 * words. Article claims carry the article's supporting words; context claims
 * a named source; inferences the reason we draw them. None of these texts is
 * ever put inside quote marks. A speaker's point that the article gives in
 * the reporter's words is `reported` (paraphrase): it is shown as such.
 */
const claimList = {
  C10: {
    id: 'C10',
    text: 'the US has shared information since the first moment of the arrest.',
    speaker: 'salazar',
    reported: true,
    evidence: { 5: 'assured that the US has cooperated by sharing information from the first moment of the arrest' },
    provenance: { kind: 'article', paragraphs: [5] },
  },
  C12: {
    id: 'C12',
    text: 'information exchange will be a priority, to prevent more corrupt officials.',
    speaker: 'salazar',
    reported: true,
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
    text: 'Cooperation held in Sheinbaum’s first two weeks: security, migration, economic integration.',
    speaker: 'salazar',
    reported: true,
    evidence: { 2: 'in the more than two weeks that the Sheinbaum Administration has been in office, cooperation has been maintained in matters of security, migration and economic integration of the North American region' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  C15: {
    id: 'C15',
    text: 'he called her team a {Q6} group.',
    speaker: 'salazar',
    reported: true,
    evidence: { 3: 'which he has defined as a “strong” group' },
    provenance: { kind: 'article', paragraphs: [3] },
  },
  C17: {
    id: 'C17',
    text: 'The capture set off a war between Sinaloa Cartel groups: dozens dead.',
    speaker: 'reporter',
    evidence: { 4: 'The capture of the kingpin has unleashed a war between groups of the Sinaloa Cartel and has left dozens dead' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C18: {
    id: 'C18',
    text: 'A bad start: the arrest, behind Mexico’s back, signalled distrust.',
    speaker: 'reporter',
    evidence: { 4: 'did not start off well at all. The president has demanded that Washington officially clarify the circumstances of El Mayo Zambada’s arrest and his subsequent transfer to US territory. The capture of the kingpin has unleashed a war between groups of the Sinaloa Cartel and has left dozens dead. At the time, López Obrador demanded that the US be held accountable, since the arrest was made behind the back of the Mexican government, a sign of Washington’s distrust' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C19: {
    id: 'C19',
    text: 'Sheinbaum demands that Washington officially clarify El Mayo’s arrest and his transfer to US territory.',
    speaker: 'reporter',
    evidence: { 4: 'The president has demanded that Washington officially clarify the circumstances of El Mayo Zambada’s arrest and his subsequent transfer to US territory' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  C20: {
    id: 'C20',
    text: 'Asked on Thursday if Biden’s administration would heed that:',
    speaker: 'reporter',
    evidence: { 5: 'This Thursday, Ambassador Salazar was questioned about whether the Biden administration would heed the request to clarify the details of El Mayo’s capture' },
    provenance: { kind: 'article', paragraphs: [5] },
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
    text: 'The rule covers requests, not all contact.',
    provenance: { kind: 'inference', why: 'The instruction (¶4) names requests for information; the face-to-face meetings of ¶3, on Tuesday and Wednesday, came after it.' },
  },
  I5: {
    id: 'I5',
    text: 'Contacts go on; requests pass one gate.',
    provenance: { kind: 'inference', why: 'Our reading of ¶2–¶4 together: the meetings and warm words of ¶2–¶3 beside the single channel of ¶4.' },
  },
  B1: {
    id: 'B1',
    text: 'No pause, Washington says; cooperation held.',
    evidence: { 2: 'there has never been a pause' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  B2: {
    id: 'B2',
    text: 'Embassy requests now pass through Mexico’s Foreign Ministry.',
    evidence: { 4: 'all requests for information coming from the US Embassy should be channeled through the Ministry of Foreign Affairs' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  B3: {
    id: 'B3',
    text: 'El Mayo’s arrest: Mexico’s question is unanswered.',
    evidence: { 4: 'officially clarify the circumstances of El Mayo Zambada’s arrest', 5: 'with the Attorney General’s Office' },
    provenance: { kind: 'article', paragraphs: [4, 5] },
  },
  B4: {
    id: 'B4',
    text: 'Ahead: security, and information exchange against corruption.',
    evidence: { 5: 'In terms of security, we have made progress', 6: 'priority will be given to the exchange of bilateral information to prevent more corrupt officials' },
    provenance: { kind: 'article', paragraphs: [5, 6] },
  },
} as const satisfies Record<string, Claim>

export type KnownClaimId = keyof typeof claimList

export const claims: Readonly<Record<KnownClaimId, Claim>> = claimList
