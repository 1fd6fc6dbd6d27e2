import type { Ambiguity } from './types'

/**
 * What the article leaves open: an honest explainer shows its limits. Each
 * question is short enough to read from the back of the room, asks only about
 * facts an earlier slide showed (`about`), and its answer says in a few words
 * what the article does give (the notes say more).
 */
export const ambiguities: readonly Ambiguity[] = [
  {
    id: 'A1',
    question: 'Whose Attorney General’s Office?',
    answer: 'Not stated.',
    provenance: { kind: 'article', paragraphs: [5] },
    about: ['F27'],
  },
  {
    id: 'A2',
    question: 'Which grievance caused the pause?',
    answer: 'Not weighed.',
    provenance: { kind: 'article', paragraphs: [2] },
    about: ['F7', 'F8'],
  },
  {
    id: 'A3',
    question: 'Distrust, dozens dead: whose words?',
    answer: 'The reporter’s.',
    provenance: { kind: 'article', paragraphs: [4] },
    about: ['F20', 'F22'],
  },
  {
    id: 'A4',
    question: 'Who led Tuesday’s meeting?',
    answer: 'Both, it says; unverified.',
    provenance: { kind: 'article', paragraphs: [3] },
    about: ['F15'],
  },
]
