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
    usedFor: 'The whole story; read here in an English translation, paragraphs counted from the headline (¶1).',
  },
  semafor: {
    id: 'semafor',
    kind: 'context',
    outlet: 'Semafor',
    date: '2024-08-28',
    dateLabel: '28 Aug 2024',
    usedFor: 'When López Obrador announced the pause (27 Aug 2024), that it covered the US and Canadian embassies, and Salazar’s 22 Aug warning on the judicial reform.',
  },
  ap: {
    id: 'ap',
    kind: 'context',
    outlet: 'AP',
    usedFor: 'Date and place of El Mayo Zambada’s capture: 25 Jul 2024, near El Paso, Texas / Santa Teresa, New Mexico.',
  },
  reuters: {
    id: 'reuters',
    kind: 'context',
    outlet: 'Reuters',
    usedFor: 'García Luna’s sentence: 16 Oct 2024, federal court in Brooklyn, 460 months and a US$2 million fine.',
  },
  expansion: {
    id: 'expansion',
    kind: 'context',
    outlet: 'Expansión',
    usedFor: 'Sheinbaum announced the instruction at her morning press conference on 11 Oct 2024, and said the ambassador used to call one secretary after another.',
  },
  proceso: {
    id: 'proceso',
    kind: 'context',
    outlet: 'Proceso',
    usedFor: 'As Expansión: the 11 Oct 2024 press conference.',
  },
}

export const article: Source = sources.elpais
