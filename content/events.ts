import type { EventId, StoryEvent } from './types'

const FROM_ARTICLE_DATE = 'Counted back from the article’s date, Thursday 17 Oct 2024; not independently verified.'

/**
 * What happened, with the date as the article states it. Calendar dates are
 * context (named source) or inference, never the article's own claim.
 * Listed in calendar order.
 */
export const events: Readonly<Record<EventId, StoryEvent>> = {
  E2: {
    id: 'E2',
    title: 'El Mayo captured without Mexico’s collaboration and taken to US territory',
    absolute: {
      iso: '2024-07-25',
      label: 'Thu 25 Jul',
      provenance: { kind: 'context', sources: ['ap'] },
      detail: 'Near El Paso, Texas / Santa Teresa, New Mexico',
    },
    actors: ['el-mayo', 'sinaloa-cartel'],
    evidence: {
      2: 'the capture – without Mexico’s collaboration – of the drug lord Ismael El Mayo Zambada',
      4: 'The capture of the kingpin has unleashed a war between groups of the Sinaloa Cartel',
    },
    provenance: { kind: 'article', paragraphs: [2, 4] },
  },
  E3: {
    id: 'E3',
    title: 'López Obrador demands that the US be held accountable',
    stated: 'At the time',
    actors: ['lopez-obrador', 'washington'],
    evidence: { 4: 'López Obrador demanded that the US be held accountable' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  E1: {
    id: 'E1',
    title: 'López Obrador decrees a diplomatic pause',
    stated: 'In the last stretch of his government',
    absolute: {
      iso: '2024-08-27',
      label: 'Tue 27 Aug',
      provenance: { kind: 'context', sources: ['semafor'] },
      detail: 'After Salazar’s 22 Aug warning on the judicial reform; it covered the US and Canadian embassies',
    },
    actors: ['lopez-obrador', 'biden'],
    evidence: { 2: 'who decreed a diplomatic “pause” following the criticism launched by the Administration of Joe Biden to the controversial judicial reform' },
    provenance: { kind: 'article', paragraphs: [2] },
  },
  E4: {
    id: 'E4',
    title: 'Sheinbaum takes office',
    stated: 'October 1',
    absolute: {
      iso: '2024-10-01',
      label: 'Tue 1 Oct',
      provenance: { kind: 'inference', why: 'The year and weekday follow from the article’s date, 17 Oct 2024.' },
    },
    actors: ['sheinbaum'],
    evidence: { 3: 'since October 1, when Sheinbaum took office' },
    provenance: { kind: 'article', paragraphs: [3] },
  },
  E5: {
    id: 'E5',
    title: 'In her first week, Sheinbaum echoes the demand that Washington clarify the arrest',
    stated: 'In the first week of her administration',
    actors: ['sheinbaum', 'washington'],
    evidence: { 4: 'In the first week of her administration, Sheinbaum echoed her predecessor’s claim to the US' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  E6: {
    id: 'E6',
    title: 'Sheinbaum tells her Cabinet: US Embassy information requests go through the SRE',
    absolute: {
      iso: '2024-10-11',
      label: 'Fri 11 Oct',
      provenance: { kind: 'context', sources: ['expansion', 'proceso'] },
      detail: 'Announced at her morning press conference',
    },
    actors: ['sheinbaum', 'cabinet', 'embassy', 'sre', 'de-la-fuente'],
    evidence: { 4: 'the president instructed her Cabinet that all requests for information coming from the US Embassy should be channeled through the Ministry of Foreign Affairs' },
    provenance: { kind: 'article', paragraphs: [4] },
  },
  E7: {
    id: 'E7',
    title: 'Salazar and the president lead a meeting with business leaders',
    stated: 'Tuesday',
    absolute: {
      iso: '2024-10-15',
      label: 'Tue 15 Oct',
      provenance: { kind: 'inference', why: FROM_ARTICLE_DATE },
    },
    actors: ['salazar', 'sheinbaum'],
    evidence: { 3: 'the meeting that he and the president led on Tuesday with businessmen from Mexico and the United States' },
    provenance: { kind: 'article', paragraphs: [3] },
  },
  E8: {
    id: 'E8',
    title: 'Senior officials of both countries meet at the National Palace',
    stated: 'Wednesday',
    absolute: {
      iso: '2024-10-16',
      label: 'Wed 16 Oct',
      provenance: { kind: 'inference', why: FROM_ARTICLE_DATE },
    },
    actors: ['national-palace'],
    evidence: { 3: 'another on Wednesday at the National Palace with senior officials from both countries' },
    provenance: { kind: 'article', paragraphs: [3] },
  },
  E9: {
    id: 'E9',
    title: 'Genaro García Luna, security secretary under Felipe Calderón, sentenced for drug-trafficking links',
    stated: 'Wednesday',
    absolute: {
      iso: '2024-10-16',
      label: 'Wed 16 Oct',
      provenance: { kind: 'context', sources: ['reuters'] },
      detail: '460 months, US$2 million fine',
    },
    actors: ['garcia-luna', 'calderon'],
    evidence: { 6: 'the sentence handed down on Wednesday to Genaro García Luna' },
    provenance: { kind: 'article', paragraphs: [6] },
  },
  E10: {
    id: 'E10',
    title: 'Salazar speaks to the press at the Embassy',
    stated: 'This Thursday',
    occasion: 'at the Embassy',
    absolute: {
      iso: '2024-10-17',
      label: 'Thu 17 Oct',
      provenance: { kind: 'dateline' },
    },
    actors: ['salazar', 'embassy'],
    evidence: {
      2: 'given to the media at the Embassy headquarters',
      5: 'This Thursday, Ambassador Salazar was questioned',
    },
    provenance: { kind: 'article', paragraphs: [2, 5] },
  },
}
