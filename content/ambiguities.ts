import type { Ambiguity } from './types'

/** What the article leaves open: an honest explainer shows its limits. */
export const ambiguities: readonly Ambiguity[] = [
  {
    id: 'A1',
    question: 'Whose Attorney General’s Office?',
    answer: 'The US Department of Justice, or Mexico’s FGR? The article does not say.',
    provenance: { kind: 'article', paragraphs: [5] },
  },
  {
    id: 'A2',
    question: 'Which grievance caused the pause?',
    answer: 'It blends two, the judicial-reform criticism and the El Mayo capture, and does not weigh them.',
    provenance: { kind: 'article', paragraphs: [2] },
  },
  {
    id: 'A3',
    question: 'Who is speaking?',
    answer: 'Behind the back, a sign of distrust, dozens dead: the reporter’s framing, not a speaker’s.',
    provenance: { kind: 'article', paragraphs: [2, 4] },
  },
  {
    id: 'A4',
    question: 'Who led Tuesday’s meeting?',
    answer: 'The article says Salazar and the president did; we have not verified it.',
    provenance: { kind: 'article', paragraphs: [3] },
  },
  {
    id: 'A5',
    question: 'Quote or paraphrase?',
    answer: 'Two of Salazar’s points reach us only as the reporter’s paraphrase, so we never put them in quote marks.',
    provenance: { kind: 'article', paragraphs: [5, 6] },
  },
]
