import type { Quote, QuoteId } from './types'

/**
 * Every quotation the deck shows. `exact` is the article's text between its
 * quote marks, character for character; what a slide shows is derived from it
 * by the declared `ops` only (see lib/quotes.ts). Tests prove both.
 */
export const quotes: Readonly<Record<QuoteId, Quote>> = {
  Q1: {
    id: 'Q1',
    speaker: 'salazar',
    attribution: 'El País headline, attributed to Salazar',
    exact: 'There is no pause now and there never was',
    paragraph: 1,
    ops: [],
    note: 'The headline paraphrases Salazar’s words in ¶2 (Q4); quote Q4 as his words.',
    event: 'E10',
  },
  Q2: {
    id: 'Q2',
    speaker: 'lopez-obrador',
    attribution: 'López Obrador’s word, in the reporter’s quote marks',
    exact: 'pause',
    paragraph: 2,
    ops: [],
    event: 'E1',
  },
  Q3: {
    id: 'Q3',
    speaker: 'salazar',
    exact: 'We are on a very good path. The relationship between the United States and Mexico will never pause,',
    paragraph: 2,
    ops: [{ op: 'dropTrailingComma' }],
    event: 'E10',
  },
  Q4: {
    id: 'Q4',
    speaker: 'salazar',
    exact: 'There is no pause now, and in reality there has never been a pause. The exchange we have is strong, deep, authentic; “a very good dialogue,',
    paragraph: 2,
    ops: [{ op: 'removeStrayInnerQuote' }, { op: 'dropTrailingComma' }],
    note: 'The inner opening quote mark is a translation slip: the Spanish original has none there.',
    event: 'E10',
  },
  Q5: {
    id: 'Q5',
    speaker: 'salazar',
    exact: 'the leadership of President Sheinbaum and her team,',
    paragraph: 3,
    ops: [{ op: 'dropTrailingComma' }],
    event: 'E10',
  },
  Q6: {
    id: 'Q6',
    speaker: 'salazar',
    attribution: 'Salazar’s word for Sheinbaum’s team',
    exact: 'strong',
    paragraph: 3,
    ops: [],
    event: 'E10',
  },
  Q7: {
    id: 'Q7',
    speaker: 'salazar',
    exact: 'Since she became president, we have had meetings that for me have been a great honor,',
    paragraph: 3,
    ops: [{ op: 'dropTrailingComma' }],
    event: 'E10',
  },
  Q8: {
    id: 'Q8',
    speaker: 'salazar',
    exact: 'In the meetings we have had with her Cabinet, we are working to advance security between the United States and Mexico, we are working on energy, climate change, on the integration of our economies and creating the strongest power in the world in North America,',
    paragraph: 3,
    ops: [
      { op: 'dropTrailingComma' },
      { op: 'elide', text: 'In the meetings we have had with her Cabinet,' },
    ],
    note: 'Shown under a headline that names her Cabinet, so the opening clause that names it is elided; security, the first item, stays.',
    event: 'E10',
  },
  Q9: {
    id: 'Q9',
    speaker: 'salazar',
    exact: 'We are working on that with the Attorney General’s Office,',
    paragraph: 5,
    ops: [{ op: 'dropTrailingComma' }],
    note: 'The article does not say which country’s Attorney General’s Office.',
    event: 'E10',
  },
  Q10: {
    id: 'Q10',
    speaker: 'salazar',
    exact: 'In terms of security, we have made progress in the fight against fentanyl, against the flow of weapons coming from the US to Mexico, in the fight against organized crime, in the issue of migration we have made history in that work,',
    paragraph: 5,
    ops: [
      { op: 'dropTrailingComma' },
      { op: 'elide', text: 'In terms of security,' },
      { op: 'elide', text: 'in that work' },
    ],
    note: 'Shown under a headline that says security, so the opening words and the closing three are elided.',
    event: 'E10',
  },
  Q11: {
    id: 'Q11',
    speaker: 'salazar',
    exact: 'We and President Sheinbaum are aligned on what needs to be done to ensure that the officials [officials] are not corrupt. “We have to work on that, to make sure that we have an authentic exchange of information that we and the Government of Mexico have. That is why one of the priorities, which we have as a shared priority, is security, and to be clear about how we are going to work [on these issues] from now on,',
    paragraph: 6,
    ops: [
      { op: 'dropDuplicateGloss', gloss: ' [officials]' },
      { op: 'removeStrayInnerQuote' },
      { op: 'elide', text: 'We have to work on that, to make sure that' },
      { op: 'elide', text: 'that we and the Government of Mexico have. That is why one of the priorities, which we have as a shared priority, is security, and to be clear about how we are going to work [on these issues] from now on,' },
    ],
    note: 'The duplicated [officials] probably glosses the Spanish oficiales [funcionarios]; the inner quote mark is a translation slip; [on these issues] is an editor’s insertion, inside the elided end, which names security as a shared priority.',
    event: 'E10',
  },
}
