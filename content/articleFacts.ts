import type { ArticleFact } from './types'

/**
 * Every stated claim, quote, event and framing of the article's ¶1–¶6, each
 * with its paragraph and the slide that shows it (`slug:` in its
 * frontmatter). The built-deck test checks that each fact's phrases (and its
 * quote's display text) are visible on that slide at its last click; the few
 * minor ones that stay in the notes say why.
 */
export const articleFacts: readonly ArticleFact[] = [
  { id: 'F1', paragraph: 1, kind: 'quote', text: 'The headline: there is no pause now and there never was.', slide: 'cover', shows: [], quote: 'Q1' },
  { id: 'F2', paragraph: 1, kind: 'framing', text: 'Salazar tries to rebuild the bilateral relationship with Sheinbaum’s government.', slide: 'cover', shows: ['tries to rebuild'] },
  { id: 'F3', paragraph: 2, kind: 'claim', text: 'In Sheinbaum’s first two weeks, cooperation held in security, migration and North American economic integration (Salazar, as reported).', slide: 'good-path', shows: ['first two weeks', 'security, migration', 'economic integration'] },
  { id: 'F4', paragraph: 2, kind: 'event', text: 'He spoke to the media at the Embassy.', slide: 'no-pause', shows: ['at the Embassy'] },
  { id: 'F5', paragraph: 2, kind: 'framing', text: 'The message is an attempt to restore a relationship damaged in López Obrador’s last stretch.', slide: 'cover', shows: ['damaged', 'last stretch'] },
  { id: 'F6', paragraph: 2, kind: 'event', text: 'López Obrador decreed a diplomatic pause.', slide: 'pause', shows: ['decrees'], quote: 'Q2' },
  { id: 'F7', paragraph: 2, kind: 'claim', text: 'The pause followed the Biden administration’s criticism of the judicial reform.', slide: 'pause', shows: ['Biden', 'judicial reform'] },
  { id: 'F8', paragraph: 2, kind: 'event', text: 'And the capture, without Mexico’s collaboration, of El Mayo Zambada.', slide: 'pause', shows: ['El Mayo Zambada captured', 'without Mexico’s collaboration'] },
  { id: 'F9', paragraph: 2, kind: 'quote', text: 'We are on a very good path; the relationship will never pause.', slide: 'good-path', shows: [], quote: 'Q3' },
  { id: 'F10', paragraph: 2, kind: 'quote', text: 'There is no pause now, and there has never been one.', slide: 'no-pause', shows: [], quote: 'Q4' },
  { id: 'F11', paragraph: 3, kind: 'quote', text: 'He highlighted the leadership of Sheinbaum and her team.', slide: 'praise', shows: [], quote: 'Q5' },
  { id: 'F12', paragraph: 3, kind: 'quote', text: 'He called her team a strong group.', slide: 'praise', shows: ['group'], quote: 'Q6' },
  { id: 'F13', paragraph: 3, kind: 'claim', text: 'Since October 1, the delegations have held intense work sessions (Salazar, as reported).', slide: 'praise', shows: [], notesOnly: 'The reporter’s account of the same meetings that Salazar’s own words on the slide call a great honor; it adds no new fact a reader needs, and the slide is at its word budget.' },
  { id: 'F14', paragraph: 3, kind: 'quote', text: 'The meetings since she became president have been a great honor.', slide: 'praise', shows: [], quote: 'Q7' },
  { id: 'F15', paragraph: 3, kind: 'event', text: 'On Tuesday he and the president led a meeting with business leaders of both countries.', slide: 'channels', shows: ['Tue: they lead', 'business meeting'] },
  { id: 'F16', paragraph: 3, kind: 'event', text: 'On Wednesday senior officials of both countries met at the National Palace.', slide: 'channels', shows: ['Wed: National Palace'] },
  { id: 'F17', paragraph: 3, kind: 'quote', text: 'With her Cabinet: security, energy, climate change, integration, the strongest power in North America.', slide: 'agenda', shows: ['Cabinet'], quote: 'Q8' },
  { id: 'F18', paragraph: 3, kind: 'event', text: 'Sheinbaum took office on October 1.', slide: 'dates', shows: ['1 Oct', 'takes office'] },
  { id: 'F19', paragraph: 4, kind: 'claim', text: 'Sheinbaum demands that Washington officially clarify El Mayo’s arrest and his transfer to US territory.', slide: 'el-mayo', shows: ['clarify the arrest', 'transfer, officially'] },
  { id: 'F20', paragraph: 4, kind: 'framing', text: 'The capture set off a war between Sinaloa Cartel groups, with dozens dead.', slide: 'pause', shows: ['Sinaloa', 'dozens dead'] },
  { id: 'F21', paragraph: 4, kind: 'event', text: 'López Obrador demanded that the US be held accountable.', slide: 'el-mayo', shows: ['hold the US accountable'] },
  { id: 'F22', paragraph: 4, kind: 'framing', text: 'The arrest was made behind the Mexican government’s back, a sign of Washington’s distrust.', slide: 'el-mayo', shows: ['behind Mexico’s back', 'distrust'] },
  { id: 'F23', paragraph: 4, kind: 'event', text: 'In her first week, Sheinbaum echoed her predecessor’s claim.', slide: 'el-mayo', shows: ['first week', 'same claim'] },
  { id: 'F24', paragraph: 4, kind: 'event', text: 'As the culmination of the tensions, Sheinbaum instructed her Cabinet that all US Embassy requests for information go through the SRE.', slide: 'rule', shows: ['Embassy requests', 'through the SRE', 'information request'] },
  { id: 'F25', paragraph: 4, kind: 'claim', text: 'The SRE is headed by Juan Ramón de la Fuente.', slide: 'rule', shows: ['Juan Ramón', 'de la Fuente'] },
  { id: 'F26', paragraph: 4, kind: 'framing', text: 'The relationship under Sheinbaum did not start off well at all.', slide: 'el-mayo', shows: ['bad start'] },
  { id: 'F27', paragraph: 5, kind: 'quote', text: 'We are working on that with the Attorney General’s Office.', slide: 'answer', shows: [], quote: 'Q9' },
  { id: 'F28', paragraph: 5, kind: 'event', text: 'On Thursday he was asked whether the Biden administration would heed the request.', slide: 'answer', shows: ['Asked on Thursday', 'Biden’s administration'] },
  { id: 'F29', paragraph: 5, kind: 'claim', text: 'The US has shared information since the first moment of the arrest (Salazar, as reported).', slide: 'answer', shows: ['first moment of the arrest'] },
  { id: 'F30', paragraph: 5, kind: 'quote', text: 'Progress on fentanyl, the arms flow from the US, organized crime; history made on migration.', slide: 'security', shows: [], quote: 'Q10' },
  { id: 'F31', paragraph: 5, kind: 'framing', text: 'He preferred to highlight the strengths of the relationship.', slide: 'security', shows: [], notesOnly: 'The reporter’s transition from the El Mayo answer to the security list; the slide’s headline and quote already show him doing it, and its words would push the quote past the slide’s word budget.' },
  { id: 'F32', paragraph: 6, kind: 'claim', text: 'Bilateral information exchange will be a priority, to prevent more corrupt officials (Salazar, as reported).', slide: 'garcia-luna', shows: ['prevent more corrupt officials'] },
  { id: 'F33', paragraph: 6, kind: 'quote', text: 'He and Sheinbaum are aligned on keeping officials from corruption, through an authentic exchange of information.', slide: 'corruption', shows: [], quote: 'Q11' },
  { id: 'F34', paragraph: 6, kind: 'event', text: 'García Luna, security secretary under Felipe Calderón, was sentenced on Wednesday for links to drug trafficking.', slide: 'garcia-luna', shows: ['García Luna', 'Felipe Calderón', 'drug-trafficking'] },
  { id: 'F35', paragraph: 6, kind: 'quote', text: 'One of their shared priorities is security, and being clear about how they will work from now on.', slide: 'corruption', shows: [], notesOnly: 'The elided end of the corruption quote; security as the shared priority is already the agenda slide’s and the security slide’s point, and the whole sentence would not fit the slide in type the room can read.' },
]
