import type { Actor, ActorId, Side } from '../content/types'
import { actors } from '../content/actors'

/** Column order, left to right: US on the left, Mexico on the right, everywhere. */
export const SIDE_ORDER = ['us', 'other', 'mx'] as const satisfies readonly Side[]

export const SIDE_LABEL = {
  us: 'United States',
  other: 'Neither government',
  mx: 'Mexico',
} as const satisfies Record<Side, string>

/** A column with more people than this is laid out two cards wide. */
export const MAX_CARDS_PER_COLUMN = 3

export interface SideColumn {
  side: Side
  label: string
  actors: Actor[]
  /** Grid tracks the column takes: 2 when it holds more than MAX_CARDS_PER_COLUMN. */
  span: 1 | 2
}

/** Actors grouped into the three columns, in content-layer order; unknown ids throw, naming the id. */
export function actorColumns(ids?: readonly ActorId[]): SideColumn[] {
  const chosen = ids
    ? ids.map((id) => {
        const actor = actors[id]
        if (!actor)
          throw new Error(`Unknown actor id "${id}": register it in content/actors.ts`)
        return actor
      })
    : Object.values(actors)
  return SIDE_ORDER
    .map((side) => {
      const members = chosen.filter(a => a.side === side)
      const span: 1 | 2 = members.length > MAX_CARDS_PER_COLUMN ? 2 : 1
      return { side, label: SIDE_LABEL[side], actors: members, span }
    })
    .filter(column => column.actors.length > 0)
}
