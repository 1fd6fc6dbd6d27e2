/**
 * Console warnings the deck may log, each with the reason it is accepted.
 * Every other warning (and every error) fails the built-deck quality test.
 * Add an entry only with a reason a reviewer can check.
 */
export interface AllowedWarning {
  name: string
  pattern: RegExp
  why: string
}

export const ALLOWED_WARNINGS: readonly AllowedWarning[] = []

/** The warnings no allow-list entry explains. */
export function unexplainedWarnings(warnings: readonly string[], allowed: readonly AllowedWarning[] = ALLOWED_WARNINGS): string[] {
  return warnings.filter(w => !allowed.some(a => a.pattern.test(w)))
}
