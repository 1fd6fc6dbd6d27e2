import type { TimelineEntry, TimelinePeriod } from './types'

/**
 * The story's dates, in order, for the timeline diagram (lib/timeline.ts).
 * Each day carries where it comes from: outside context with its named
 * source, the article itself (a date it states, or its own dateline), or our
 * counting back from the article's date (inferred). The unit tests check each
 * day against the events it shows.
 */
export const timeline: readonly TimelineEntry[] = [
  { id: 'T1', period: 'summer', iso: '2024-07-25', day: '25 Jul', dateProvenance: { kind: 'context', sources: ['ap'] }, text: ['El Mayo', 'captured'], events: ['E2'] },
  { id: 'T2', period: 'summer', iso: '2024-08-22', day: '22 Aug', dateProvenance: { kind: 'context', sources: ['semafor'] }, text: ['Salazar', 'warns'], events: [] },
  { id: 'T3', period: 'summer', iso: '2024-08-27', day: '27 Aug', dateProvenance: { kind: 'context', sources: ['semafor'] }, text: ['The pause'], events: ['E1'] },
  { id: 'T4', period: 'october', iso: '2024-10-01', day: '1 Oct', dateProvenance: { kind: 'article', paragraphs: [3] }, text: ['Sheinbaum', 'takes office'], events: ['E4'] },
  { id: 'T5', period: 'october', iso: '2024-10-11', day: '11 Oct', dateProvenance: { kind: 'context', sources: ['expansion', 'proceso'] }, text: ['SRE rule'], events: ['E6'] },
  { id: 'T6', period: 'october', iso: '2024-10-15', day: '15–16 Oct', dateProvenance: { kind: 'inference', why: 'Counted back from the article’s date, Thursday 17 Oct 2024, from its Tuesday and Wednesday.' }, stated: 'Tue, Wed', text: ['Meetings;', 'García Luna', 'sentenced'], events: ['E7', 'E8', 'E9'] },
  { id: 'T7', period: 'october', iso: '2024-10-17', day: '17 Oct', dateProvenance: { kind: 'dateline' }, text: ['Salazar', 'speaks'], events: ['E10'] },
]

/** The rows of the timeline, in order, with their titles, line by line: the two presidencies. */
export const timelinePeriods: readonly { id: TimelinePeriod, title: readonly string[] }[] = [
  { id: 'summer', title: ['Andrés Manuel', 'López Obrador'] },
  { id: 'october', title: ['Claudia', 'Sheinbaum'] },
]
