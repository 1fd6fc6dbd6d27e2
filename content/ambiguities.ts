import type { Ambiguity } from './types'

/** What the article leaves open: an honest explainer shows its limits. */
export const ambiguities: readonly Ambiguity[] = [
  {
    id: 'A1',
    question: 'Whose Attorney General’s Office?',
    answer: 'Salazar says the US is working on the El Mayo question with the Attorney General’s Office; the article does not say whether he means the US Department of Justice or Mexico’s FGR.',
    provenance: { kind: 'article', paragraphs: [5] },
  },
  {
    id: 'A2',
    question: 'Which grievance caused the pause?',
    answer: 'The article blends two: US criticism of the judicial reform and the El Mayo capture. It does not weigh them.',
    provenance: { kind: 'article', paragraphs: [2] },
  },
  {
    id: 'A3',
    question: 'Who is speaking?',
    answer: 'Without Mexico’s collaboration, behind the back, a sign of distrust, culmination of the tensions and dozens dead are the reporter’s words, not a speaker’s.',
    provenance: { kind: 'article', paragraphs: [2, 4] },
  },
  {
    id: 'A4',
    question: 'Who led Tuesday’s meeting?',
    answer: 'The article says Salazar and the president led it; we have not verified this, and accounts of who chaired it may differ.',
    provenance: { kind: 'article', paragraphs: [3] },
  },
  {
    id: 'A5',
    question: 'Quote or paraphrase?',
    answer: 'Sharing information from the first moment, and preventing more corrupt officials, are the reporter’s paraphrase of Salazar: we never show them in quote marks.',
    provenance: { kind: 'article', paragraphs: [5, 6] },
  },
  {
    id: 'A6',
    question: 'Whose words is the headline?',
    answer: 'The headline paraphrases what Salazar says in ¶2; we quote ¶2. The English translation also has slips: a stray inner quote mark and a duplicated [officials].',
    provenance: { kind: 'article', paragraphs: [1, 2, 6] },
  },
]
