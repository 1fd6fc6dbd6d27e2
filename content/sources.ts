import type { Source, SourceId } from './types'

/**
 * The article and every outside source the deck may cite as context.
 * Outside sources come only from the project's fact sheet; each is shown as
 * "context · Outlet" wherever it is used and listed on the sources slide.
 */
export const sources: Readonly<Record<SourceId, Source>> = {
  elpais: {
    id: 'elpais',
    kind: 'article',
    outlet: 'El País',
    title: 'Ken Salazar intenta recomponer la relación bilateral de Estados Unidos con México: “No hay pausa ahora y nunca la hubo”',
    titleEnglish: 'Ken Salazar tries to rebuild the bilateral relationship between the United States and Mexico: “There is no pause now and there never was”',
    date: '2024-10-17',
    dateLabel: '17 Oct 2024',
    locator: 'elpais.com/mexico/2024-10-17/…',
    url: 'https://elpais.com/mexico/',
    usedFor: 'The story, in translation.',
  },
  semafor: {
    id: 'semafor',
    kind: 'context',
    outlet: 'Semafor',
    date: '2024-08-28',
    dateLabel: '28 Aug 2024',
    usedFor: 'Pause dates.',
  },
  ap: {
    id: 'ap',
    kind: 'context',
    outlet: 'AP',
    usedFor: 'Capture.',
  },
  reuters: {
    id: 'reuters',
    kind: 'context',
    outlet: 'Reuters',
    usedFor: 'The sentence.',
  },
  expansion: {
    id: 'expansion',
    kind: 'context',
    outlet: 'Expansión',
    usedFor: 'The rule; earlier calls.',
  },
  proceso: {
    id: 'proceso',
    kind: 'context',
    outlet: 'Proceso',
    usedFor: 'The rule.',
  },
}

export const article: Source = sources.elpais
